: SynPlast transcription of SK_E2 from channels.md.
: Small-conductance Ca-activated K (Koehler et al. 1996): ik = gSK_E2bar * z * (v - ek),
: zInf = 1 / (1 + (0.00043 / cai)^4.8) with cai raised by 1e-7 mM when below 1e-7 mM, tau = zTau.
NEURON {
    SUFFIX SK_E2
    USEION k READ ek WRITE ik
    USEION ca READ cai
    RANGE gSK_E2bar, gSK_E2, ik, zTau
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
    (mM) = (milli/liter)
}
PARAMETER {
    gSK_E2bar = 0.000001 (S/cm2)
    zTau = 1 (ms)
}
ASSIGNED {
    v (mV)
    ek (mV)
    cai (mM)
    ik (mA/cm2)
    gSK_E2 (S/cm2)
    zInf
}
STATE { z }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gSK_E2 = gSK_E2bar * z
    ik = gSK_E2 * (v - ek)
}
DERIVATIVE states {
    rates(cai)
    z' = (zInf - z) / zTau
}
INITIAL {
    rates(cai)
    z = zInf
}
PROCEDURE rates(ca (mM)) {
    LOCAL c
    c = ca
    if (c < 1e-7) {
        c = c + 1e-7
    }
    zInf = 1 / (1 + (0.00043 / c)^4.8)
}
