: SynPlast transcription of Nap_Et2 from channels.md.
: Persistent Na: ina = gNap_Et2bar * m^3 * h * (v - ena).
NEURON {
    SUFFIX Nap_Et2
    USEION na READ ena WRITE ina
    RANGE gNap_Et2bar, gNap_Et2, ina
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gNap_Et2bar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    ena (mV)
    ina (mA/cm2)
    gNap_Et2 (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gNap_Et2 = gNap_Et2bar * m * m * m * h
    ina = gNap_Et2 * (v - ena)
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
    LOCAL qt, am, bm, ah, bh
    qt = 2.3^((34 - 21) / 10)
    mInf = 1 / (1 + exp((vm + 52.6) / -4.6))
    am = 0.182 * ratio(vm + 38, 6)
    bm = 0.124 * ratio(-vm - 38, 6)
    mTau = 6 / ((am + bm) * qt)
    hInf = 1 / (1 + exp((vm + 48.8) / 10))
    ah = 2.88e-6 * ratio(-vm - 17, 4.63)
    bh = 6.94e-6 * ratio(vm + 64.4, 2.63)
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
