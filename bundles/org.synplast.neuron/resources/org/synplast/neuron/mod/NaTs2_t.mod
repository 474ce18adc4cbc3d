: SynPlast transcription of NaTs2_t from channels.md (transient Na, Colbert & Pan 2002 form).
: ina = gNaTs2_tbar * m^3 * h * (v - ena); tau = 1/((alpha+beta)*qt), qt = 2.3^((34-21)/10).
NEURON {
    SUFFIX NaTs2_t
    USEION na READ ena WRITE ina
    RANGE gNaTs2_tbar, gNaTs2_t, ina
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gNaTs2_tbar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    ena (mV)
    ina (mA/cm2)
    gNaTs2_t (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gNaTs2_t = gNaTs2_tbar * m * m * m * h
    ina = gNaTs2_t * (v - ena)
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
    LOCAL qt, am, bm, ah, bh, v0, w0
    qt = 2.3^((34 - 21) / 10)
    v0 = -32
    w0 = -60
    am = 0.182 * ratio(vm - v0, 6)
    bm = 0.124 * ratio(v0 - vm, 6)
    ah = 0.015 * ratio(w0 - vm, 6)
    bh = 0.015 * ratio(vm - w0, 6)
    mInf = am / (am + bm)
    mTau = 1 / ((am + bm) * qt)
    hInf = ah / (ah + bh)
    hTau = 1 / ((ah + bh) * qt)
}
: x / (1 - exp(-x/k)), with its limit k at x = 0
FUNCTION ratio(x (mV), k (mV)) (mV) {
    if (fabs(x / k) < 1e-9) {
        ratio = k * (1 + x / (2 * k))
    } else {
        ratio = x / (1 - exp(-x / k))
    }
}
