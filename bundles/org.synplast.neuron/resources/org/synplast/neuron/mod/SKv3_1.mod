: SynPlast transcription of SKv3_1 from channels.md.
: Kv3.1 (Rettig et al. 1992): ik = gSKv3_1bar * m * (v - ek); no temperature factor.
NEURON {
    SUFFIX SKv3_1
    USEION k READ ek WRITE ik
    RANGE gSKv3_1bar, gSKv3_1, ik
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gSKv3_1bar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    ek (mV)
    ik (mA/cm2)
    gSKv3_1 (S/cm2)
    mInf
    mTau (ms)
}
STATE { m }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gSKv3_1 = gSKv3_1bar * m
    ik = gSKv3_1 * (v - ek)
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
    mInf = 1 / (1 + exp((vm - 18.7) / -9.7))
    mTau = 4 / (1 + exp(-(vm + 46.56) / 44.14))
}
