: SynPlast transcription of the calcium-based plastic glutamatergic synapse (Chindemi et al. 2022)
: from model.md section 2: AMPA/NMDA dual exponentials with peak normalisation, Mg block, NMDA
: calcium fraction, spine R-type VDCC with Nernst reversal, spine calcium, effective calcium c*,
: Graupner-Brunel efficacy rho with step drives on c*, expression of rho as Use and gmax_AMPA,
: multi-vesicular Tsodyks-Markram release.
: deterministic = 1 makes every presynaptic event a full release of all Nrrp sites (U = 1 and
: instant recovery); otherwise release is drawn with scop_random (seed with setSeed).
: plasticity = 0 freezes rho, Use and gmax_AMPA.
NEURON {
    POINT_PROCESS GluSynapse
    NONSPECIFIC_CURRENT i
    RANGE tau_r_AMPA, tau_d_AMPA, E_AMPA, gmax0_AMPA, gmax_d_AMPA, gmax_p_AMPA
    RANGE tau_r_NMDA, tau_d_NMDA, E_NMDA, E_ca_NMDA, gmax_NMDA, mg
    RANGE Use0, Use_d, Use_p, Dep, Fac, Nrrp, deterministic
    RANGE volume_CR, gca_bar_VDCC, tau_m_VDCC, tau_h_VDCC, gamma_ca_CR, tau_ca_CR, min_ca_CR, cao_CR, celsius_CR
    RANGE tau_effca_GB, theta_d_GB, theta_p_GB, gamma_d_GB, gamma_p_GB, rho_star_GB
    RANGE tau_ind_GB, tau_exp_GB, rho0_GB, plasticity
    RANGE g_AMPA, g_NMDA, i_AMPA, i_NMDA, ica_NMDA, ica_VDCC, gca_VDCC, erev_VDCC, Pf_NMDA
    RANGE u, tsyn, recovered, unrecovered, released
}
UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
    (nS) = (nanosiemens)
    (mM) = (milli/liter)
    (um) = (micron)
    FARADAY = (faraday) (coulomb)
    R = (k-mole) (joule/degC)
}
PARAMETER {
    tau_r_AMPA = 0.2 (ms)
    tau_d_AMPA = 1.7 (ms)
    E_AMPA = 0 (mV)
    gmax0_AMPA = 1.0 (nS)       : initial gmax_AMPA
    gmax_d_AMPA = 1.0 (nS)      : depressed value
    gmax_p_AMPA = 2.0 (nS)      : potentiated value
    tau_r_NMDA = 0.29 (ms)
    tau_d_NMDA = 70 (ms)
    E_NMDA = -3 (mV)
    E_ca_NMDA = 40 (mV)
    gmax_NMDA = 0.55 (nS)
    mg = 1 (mM)
    Use0 = 0.5                  : initial U_SE
    Use_d = 0.2
    Use_p = 0.8
    Dep = 100 (ms)
    Fac = 10 (ms)
    Nrrp = 1
    deterministic = 0
    volume_CR = 0.087 (um3)
    gca_bar_VDCC = 0.0744 (nS/um2)
    tau_m_VDCC = 1 (ms)
    tau_h_VDCC = 27 (ms)
    gamma_ca_CR = 0.04
    tau_ca_CR = 12 (ms)
    min_ca_CR = 70e-6 (mM)
    cao_CR = 2.0 (mM)
    celsius_CR = 34 (degC)   : temperature of the Nernst potential
    tau_effca_GB = 278.3177658387 (ms)
    theta_d_GB = 0.006 (mM ms)
    theta_p_GB = 0.001 (mM ms)
    gamma_d_GB = 101.5387594661
    gamma_p_GB = 216.1841700668
    rho_star_GB = 0.5
    tau_ind_GB = 70000 (ms)
    tau_exp_GB = 100000 (ms)
    rho0_GB = 0
    plasticity = 1
}
ASSIGNED {
    v (mV)
    dt (ms)
    i (nA)
    g_AMPA (uS)
    g_NMDA (uS)
    i_AMPA (nA)
    i_NMDA (nA)
    ica_NMDA (nA)
    ica_VDCC (nA)
    gca_VDCC (uS)
    erev_VDCC (mV)
    gca_abs_VDCC (nS)
    minf_VDCC
    hinf_VDCC
    Pf_NMDA
    factor_AMPA
    factor_NMDA
    u
    tsyn (ms)
    recovered
    unrecovered
    released
}
STATE {
    A_AMPA
    B_AMPA
    A_NMDA
    B_NMDA
    m_VDCC
    h_VDCC
    cai_CR (mM)
    effcai_GB (mM ms)
    rho_GB
    Use_GB
    gmax_AMPA (nS)
}
INITIAL {
    LOCAL pi
    pi = 4 * atan(1)
    A_AMPA = 0
    B_AMPA = 0
    A_NMDA = 0
    B_NMDA = 0
    factor_AMPA = peak_factor(tau_r_AMPA, tau_d_AMPA)
    factor_NMDA = peak_factor(tau_r_NMDA, tau_d_NMDA)
    Pf_NMDA = 0.6 * 4 * cao_CR / (4 * cao_CR + 120 / 1.38)
    gca_abs_VDCC = gca_bar_VDCC * 4 * pi * (3 * volume_CR / (4 * pi))^(2 / 3)
    m_VDCC = 0
    h_VDCC = 0
    cai_CR = min_ca_CR
    effcai_GB = 0
    rho_GB = rho0_GB
    Use_GB = Use0
    gmax_AMPA = gmax0_AMPA
    u = 0
    tsyn = 0
    recovered = Nrrp
    unrecovered = 0
    released = 0
}
BREAKPOINT {
    SOLVE advance
    currents()
    i = i_AMPA + i_NMDA + ica_VDCC
}
PROCEDURE currents() {
    g_AMPA = 1e-3 * gmax_AMPA * (B_AMPA - A_AMPA)
    i_AMPA = g_AMPA * (v - E_AMPA)
    g_NMDA = 1e-3 * gmax_NMDA * mg_block(v) * (B_NMDA - A_NMDA)
    i_NMDA = g_NMDA * (v - E_NMDA)
    ica_NMDA = Pf_NMDA * g_NMDA * (v - E_ca_NMDA)
    gca_VDCC = 1e-3 * gca_abs_VDCC * m_VDCC * m_VDCC * h_VDCC
    erev_VDCC = nernst_ca(cai_CR)
    ica_VDCC = gca_VDCC * (v - erev_VDCC)
}
: One fixed step from t to t + dt at the new membrane potential v, states updated in this order:
: receptor rise/decay variables exactly; VDCC gates by exponential Euler (as cnexp); spine calcium
: by exponential Euler with the calcium influx (from the updated gates and receptors) held over the
: step; c* exactly for the updated calcium held over the step; rho by forward Euler (dt/tau_ind is
: below 1e-6) with each threshold drive weighted by the fraction of the step that c* spends above
: the threshold (linear interpolation of c* within the step); Use and gmax_AMPA exactly for the
: updated rho held over the step.
PROCEDURE advance() {
    LOCAL influx, c0, c1, frac_p, frac_d, target
    A_AMPA = A_AMPA * exp(-dt / tau_r_AMPA)
    B_AMPA = B_AMPA * exp(-dt / tau_d_AMPA)
    A_NMDA = A_NMDA * exp(-dt / tau_r_NMDA)
    B_NMDA = B_NMDA * exp(-dt / tau_d_NMDA)
    vdcc_rates(v)
    m_VDCC = minf_VDCC + (m_VDCC - minf_VDCC) * exp(-dt / tau_m_VDCC)
    h_VDCC = hinf_VDCC + (h_VDCC - hinf_VDCC) * exp(-dt / tau_h_VDCC)
    currents()
    influx = -1e-9 * (ica_NMDA + ica_VDCC) * gamma_ca_CR / (1e-15 * volume_CR * 2 * FARADAY)
    target = min_ca_CR + influx * tau_ca_CR
    cai_CR = target + (cai_CR - target) * exp(-dt / tau_ca_CR)
    c0 = effcai_GB
    target = tau_effca_GB * (cai_CR - min_ca_CR)
    effcai_GB = target + (effcai_GB - target) * exp(-dt / tau_effca_GB)
    c1 = effcai_GB
    if (plasticity) {
        frac_p = fraction_above(c0, c1, theta_p_GB)
        frac_d = fraction_above(c0, c1, theta_d_GB)
        rho_GB = rho_GB + dt / tau_ind_GB * (-rho_GB * (1 - rho_GB) * (rho_star_GB - rho_GB) + gamma_p_GB * (1 - rho_GB) * frac_p - gamma_d_GB * rho_GB * frac_d)
        target = Use_d + rho_GB * (Use_p - Use_d)
        Use_GB = target + (Use_GB - target) * exp(-dt / tau_exp_GB)
        target = gmax_d_AMPA + rho_GB * (gmax_p_AMPA - gmax_d_AMPA)
        gmax_AMPA = target + (gmax_AMPA - target) * exp(-dt / tau_exp_GB)
    }
}
: fraction of a step in which a linearly interpolated c* (from c0 to c1) lies above theta
FUNCTION fraction_above(c0, c1, theta) {
    if (c0 > theta && c1 > theta) {
        fraction_above = 1
    } else if (c0 <= theta && c1 <= theta) {
        fraction_above = 0
    } else if (c1 > theta) {
        fraction_above = (c1 - theta) / (c1 - c0)
    } else {
        fraction_above = (c0 - theta) / (c0 - c1)
    }
}
PROCEDURE vdcc_rates(vm (mV)) {
    minf_VDCC = 1 / (1 + exp((-5.9 - vm) / 9.5))
    hinf_VDCC = 1 / (1 + exp((-39 - vm) / -9.2))
}
FUNCTION mg_block(vm (mV)) {
    mg_block = 1 / (1 + exp(-0.072 * vm) * mg / 2.552)
}
FUNCTION nernst_ca(ci (mM)) (mV) {
    nernst_ca = 1e3 * R * (celsius_CR + 273.15) / (2 * FARADAY) * log(cao_CR / ci)
}
: 1 / (exp(-tp/tau_d) - exp(-tp/tau_r)) with tp the time of the peak of exp(-t/tau_d) - exp(-t/tau_r)
FUNCTION peak_factor(tau_r (ms), tau_d (ms)) {
    LOCAL tp
    tp = tau_r * tau_d / (tau_d - tau_r) * log(tau_d / tau_r)
    peak_factor = 1 / (exp(-tp / tau_d) - exp(-tp / tau_r))
}
FUNCTION binomial(n, p) {
    LOCAL k, j
    k = 0
    FROM j = 1 TO n {
        if (scop_random() < p) {
            k = k + 1
        }
    }
    binomial = k
}
PROCEDURE setSeed(seed) {
    set_seed(seed)
}
NET_RECEIVE (weight) {
    LOCAL k
    INITIAL { }
    if (deterministic) {
        k = Nrrp
    } else {
        if (Fac > 0) {
            u = Use_GB + u * (1 - Use_GB) * exp(-(t - tsyn) / Fac)
        } else {
            u = Use_GB
        }
        if (u > 1) {
            u = 1
        }
        recovered = recovered + binomial(unrecovered, 1 - exp(-(t - tsyn) / Dep))
        k = binomial(recovered, u)
        recovered = recovered - k
        unrecovered = Nrrp - recovered
    }
    tsyn = t
    released = released + k
    A_AMPA = A_AMPA + k / Nrrp * factor_AMPA
    B_AMPA = B_AMPA + k / Nrrp * factor_AMPA
    A_NMDA = A_NMDA + k / Nrrp * factor_NMDA
    B_NMDA = B_NMDA + k / Nrrp * factor_NMDA
}
