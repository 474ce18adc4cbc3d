: SynPlast transcription of Ca_HVA2 from channels.md.
: HVA Ca with inactivation shifted by 12.3 mV (liquid junction potential): h rates at u = v + 12.3.
: ica = gCa_HVAbar * m^2 * h * (v - eca); the density keeps the name gCa_HVAbar.
: alpha_m = 0.055 (-27 - v) / (exp((-27 - v)/3.8) - 1) = 0.055 * ratio(v + 27, 3.8).
NEURON {
    SUFFIX Ca_HVA2
    USEION ca READ eca WRITE ica
    RANGE gCa_HVAbar, gCa_HVA, ica
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gCa_HVAbar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    eca (mV)
    ica (mA/cm2)
    gCa_HVA (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gCa_HVA = gCa_HVAbar * m * m * h
    ica = gCa_HVA * (v - eca)
}
DERIVATIVE states {
    rates(v)
    m' = (mInf - m) / mTau
    h' = (hInf - h) / hTau
}
INITIAL {
    rates(v)
    m = mInf
    h = hInf
}
PROCEDURE rates(vm (mV)) {
    LOCAL am, bm, ah, bh
    am = 0.055 * ratio(vm + 27, 3.8)
    bm = 0.94 * exp((-75 - vm) / 17)
    ah = 0.000457 * exp((-13 - (vm + 12.3)) / 50)
    bh = 0.0065 / (exp((-(vm + 12.3) - 15) / 28) + 1)
    mInf = am / (am + bm)
    mTau = 1 / (am + bm)
    hInf = ah / (ah + bh)
    hTau = 1 / (ah + bh)
}
: x / (1 - exp(-x/k)), with its limit k at x = 0
FUNCTION ratio(x (mV), k (mV)) (mV) {
    if (fabs(x / k) < 1e-9) {
        ratio = k * (1 + x / (2 * k))
    } else {
        ratio = x / (1 - exp(-x / k))
    }
}
