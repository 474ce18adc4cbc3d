: SynPlast transcription of NaTg from channels.md (transient Na, Colbert & Pan 2002 form).
: ina = gNaTgbar * m^3 * h * (v - ena); tau = 1/((alpha+beta)*qt), qt = 2.3^((34-21)/10).
NEURON {
    SUFFIX NaTg
    USEION na READ ena WRITE ina
    RANGE gNaTgbar, gNaTg, ina, vshiftm, vshifth, slopem, slopeh
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gNaTgbar = 0.00001 (S/cm2)
    vshiftm = 0 (mV)
    vshifth = 0 (mV)
    slopem = 6 (mV)
    slopeh = 6 (mV)
}
ASSIGNED {
    v (mV)
    ena (mV)
    ina (mA/cm2)
    gNaTg (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gNaTg = gNaTgbar * m * m * m * h
    ina = gNaTg * (v - ena)
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
    v0 = -38 + vshiftm
    w0 = -66 + vshifth
    am = 0.182 * ratio(vm - v0, slopem)
    bm = 0.124 * ratio(v0 - vm, slopem)
    ah = 0.015 * ratio(w0 - vm, slopeh)
    bh = 0.015 * ratio(vm - w0, slopeh)
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
