: SynPlast transcription of Ih from channels.md.
: HCN (Kole et al. 2006): ihcn = gIhbar * m * (v - ehcn), ehcn = -45 mV; no temperature factor.
: alpha_m = 0.00643 (v + 154.9) / (exp((v + 154.9)/11.9) - 1) = 0.00643 * ratio(-(v + 154.9), 11.9).
NEURON {
    SUFFIX Ih
    NONSPECIFIC_CURRENT ihcn
    RANGE gIhbar, gIh, ihcn, ehcn
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gIhbar = 0.00001 (S/cm2)
    ehcn = -45 (mV)
}
ASSIGNED {
    v (mV)
    ihcn (mA/cm2)
    gIh (S/cm2)
    mInf
    mTau (ms)
}
STATE { m }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gIh = gIhbar * m
    ihcn = gIh * (v - ehcn)
}
DERIVATIVE states {
    rates(v)
    m' = (mInf - m) / mTau
}
INITIAL {
    rates(v)
    m = mInf
}
PROCEDURE rates(vm (mV)) {
    LOCAL am, bm
    am = 0.00643 * ratio(-(vm + 154.9), 11.9)
    bm = 0.193 * exp(vm / 33.1)
    mInf = am / (am + bm)
    mTau = 1 / (am + bm)
}
: x / (1 - exp(-x/k)), with its limit k at x = 0
FUNCTION ratio(x (mV), k (mV)) (mV) {
    if (fabs(x / k) < 1e-9) {
        ratio = k * (1 + x / (2 * k))
    } else {
        ratio = x / (1 - exp(-x / k))
    }
}
