"""SynPlast's NEURON driver: builds the model of a SynPlast export (model.json, schema
"synplast-neuron/1") in NEURON, runs it with the fixed-step method and writes the recorded traces.

Usage: /usr/bin/python3 synplast_neuron.py MODEL_JSON MECHANISM_LIBRARY OUTPUT_DIR
  MECHANISM_LIBRARY  path of libnrnmech.so compiled from the export's .mod files, or "-" for none
Writes OUTPUT_DIR/traces.csv (column t [ms], then one column per recording, every
"record_every" steps from t = 0) and OUTPUT_DIR/run.json ({"run_seconds", "cpu_seconds", "steps", "segments"}).
The schema is documented in the README of org.synplast.neuron.
"""
import csv
import json
import os
import sys
import time

SCHEMA = "synplast-neuron/1"


def build_sections(h, model):
    sections = []
    for k, spec in enumerate(model["sections"]):
        sec = h.Section(name=spec["name"])
        if "points" in spec:
            h.pt3dclear(sec=sec)
            for x, y, z, d in spec["points"]:
                h.pt3dadd(x, y, z, d, sec=sec)
        else:
            sec.L = spec["length"]
        sec.nseg = spec["nseg"]
        if "diameters" in spec:
            diameters = spec["diameters"]
            if len(diameters) == 1:
                sec.diam = diameters[0]
            else:
                for seg, d in zip(sec, diameters):
                    seg.diam = d
        sec.Ra = spec["Ra"]
        sec.cm = spec["cm"]
        parent = spec["parent"]
        if parent >= 0:
            sec.connect(sections[parent](spec["parent_x"]), 0)
        sections.append(sec)
    return sections


def insert_mechanisms(h, model, sections):
    for mech in model["mechanisms"]:
        name = mech["name"]
        for s in sorted({s for s, _ in mech["segments"]}):
            sections[s].insert(name)
        for pname, values in mech["parameters"].items():
            attribute = pname + "_" + name
            for (s, x), value in zip(mech["segments"], values):
                setattr(sections[s](x), attribute, value)
    for spec, sec in zip(model["sections"], sections):
        if h.ismembrane("na_ion", sec=sec):
            sec.ena = spec["ena"]
        if h.ismembrane("k_ion", sec=sec):
            sec.ek = spec["ek"]


def add_point_processes(h, model, sections):
    processes = {}
    connections = []
    for spec in model["point_processes"]:
        pp = getattr(h, spec["type"])(sections[spec["section"]](spec["x"]))
        for pname, value in spec["parameters"].items():
            setattr(pp, pname, value)
        for pname, args in spec.get("calls", {}).items():
            getattr(pp, pname)(*args)
        processes[spec["id"]] = pp
        if spec.get("events"):
            connections.append((h.NetCon(None, pp), spec["events"]))
    clamps = []
    for spec in model["iclamps"]:
        clamp = h.IClamp(sections[spec["section"]](spec["x"]))
        clamp.delay = spec["delay"]
        clamp.dur = spec["duration"]
        clamp.amp = spec["amplitude"]
        clamps.append(clamp)
    return processes, connections, clamps


def reference(h, spec, sections, processes):
    variable = spec["variable"]
    if "point_process" in spec:
        return getattr(processes[spec["point_process"]], "_ref_" + variable)
    seg = sections[spec["section"]](spec["x"])
    if "mechanism" in spec:
        return getattr(seg, "_ref_" + variable + "_" + spec["mechanism"])
    return getattr(seg, "_ref_" + variable)


def settle(h, settle_ms):
    """Steps the cell from its initial state over settle_ms before t = 0, where nothing acts yet
    (events and pulses start at t >= 0), then restarts the clock and the recordings at t = 0."""
    steps = int(round(settle_ms / h.dt))
    h.t = -steps * h.dt
    for _ in range(steps):
        h.fadvance()
    h.t = 0.0
    h.fcurrent()
    h.frecord_init()


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1]) as f:
        model = json.load(f)
    if model.get("schema") != SCHEMA:
        sys.stderr.write("unsupported schema %r, expected %r\n" % (model.get("schema"), SCHEMA))
        return 2
    from neuron import h
    if argv[2] != "-":
        if h.nrn_load_dll(argv[2]) != 1:
            sys.stderr.write("cannot load mechanisms from %s\n" % argv[2])
            return 3
    sections = build_sections(h, model)
    insert_mechanisms(h, model, sections)
    processes, connections, clamps = add_point_processes(h, model, sections)

    def deliver_events():
        for netcon, times in connections:
            for t in times:
                netcon.event(t)

    handler = h.FInitializeHandler(deliver_events)
    t_vector = h.Vector().record(h._ref_t)
    vectors = [h.Vector().record(reference(h, r, sections, processes)) for r in model["recordings"]]

    for name, value in model.get("globals", {}).items():
        setattr(h, name, value)
    h.celsius = model["celsius"]
    h.dt = model["dt"]
    pc = h.ParallelContext()
    pc.set_maxstep(10)
    h.finitialize(model["v_init"])
    if model.get("settle_ms", 0) > 0:
        settle(h, model["settle_ms"])
    start = time.perf_counter()
    cpu_start = time.process_time()
    pc.psolve(model["tstop"])
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    steps = int(round(h.t / h.dt))

    os.makedirs(argv[3], exist_ok=True)
    every = model.get("record_every", 1)
    with open(os.path.join(argv[3], "traces.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["t"] + [r["name"] for r in model["recordings"]])
        for i in range(0, len(t_vector), every):
            writer.writerow([repr(t_vector[i])] + [repr(v[i]) for v in vectors])
    with open(os.path.join(argv[3], "run.json"), "w") as f:
        json.dump({"run_seconds": elapsed, "cpu_seconds": cpu, "steps": steps,
                   "segments": sum(sec.nseg for sec in sections)}, f)
    del handler, clamps
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
