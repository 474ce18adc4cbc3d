package org.synplast.engine.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.morphology.SegmentGeometry;

/**
 * A discretised cell: the compartments (NEURON's nodes) of a {@link CellModel}, immutable.
 *
 * <p>Layout, as in NEURON: compartment 0 is the zero-area node at the 0-end of the root (soma)
 * section; then, section by section in morphology order, one compartment per segment followed
 * by the zero-area node at the section's 1-end. A section's first segment hangs on the node of
 * its parent at {@code parentX} (the 1-end node for 1, the parent's own 0-end attachment for 0,
 * otherwise the segment containing x). Every compartment's parent has a smaller index, so the
 * Hines elimination runs from the last index to the first. Zero-area nodes carry no membrane
 * and no mechanisms. Areas and axial resistances follow {@link SegmentGeometry}.
 */
public final class Cell {

    /**
     * NEURON's mechanism registration order, by mechanism name: the built-ins {@code pas} then
     * {@code hh} first, then every other name in {@code String} order (code-unit order, which is
     * the C-locale byte order in which {@code nrnivmodl} registers the .mod files it is given).
     * The engine advances and evaluates mechanisms in this order; the NEURON exporter compiles
     * its .mod files in it.
     */
    public static final Comparator<String> REGISTRATION_ORDER = Comparator
            .comparingInt((String name) -> switch (name) {
                case "pas" -> 0;
                case "hh" -> 1;
                default -> 2;
            }).thenComparing(Comparator.naturalOrder());

    private final CellModel model;
    private final int[] parent;
    private final double[] area;
    private final double[] axialConductance;
    private final double[] cm;
    private final double[] distance;
    private final double[] x;
    private final double[] diameter;
    private final int[] section;
    private final SectionType[] type;
    private final int[] nseg;
    private final int[] firstCompartment;
    private final int[] attachment;
    private final int soma;
    private final List<MechanismPlacement> mechanisms;

    private Cell(CellModel model) {
        this.model = model;
        Morphology m = model.morphology();
        int ns = m.size();
        nseg = new int[ns];
        SegmentGeometry[] geometry = new SegmentGeometry[ns];
        int size = 1;
        for (int s = 0; s < ns; s++) {
            Section sec = m.section(s);
            RegionProperties p = model.properties(sec.type());
            nseg[s] = sec.forcedNseg() > 0 ? sec.forcedNseg() : model.discretization().nseg(sec, p.ra(), p.cm());
            geometry[s] = SegmentGeometry.of(sec, nseg[s], p.ra());
            size += nseg[s] + 1;
        }
        parent = new int[size];
        area = new double[size];
        axialConductance = new double[size];
        cm = new double[size];
        distance = new double[size];
        x = new double[size];
        diameter = new double[size];
        section = new int[size];
        type = new SectionType[size];
        firstCompartment = new int[ns];
        attachment = new int[ns];
        double[] startDistance = m.startDistances(model.distanceOrigin() == DistanceOrigin.SOMA_CENTER);
        parent[0] = -1;
        type[0] = m.section(0).type();
        distance[0] = pathDistance(m, startDistance, 0, 0);
        int next = 1;
        for (int s = 0; s < ns; s++) {
            Section sec = m.section(s);
            SegmentGeometry g = geometry[s];
            int n = nseg[s];
            int attach = s == 0 ? 0 : nodeAt(sec.parent(), sec.parentX());
            attachment[s] = attach;
            firstCompartment[s] = next;
            double[] segArea = g.area();
            double[] left = g.leftRi();
            double[] right = g.rightRi();
            double[] segDiam = g.diameter();
            double secCm = model.properties(sec.type()).cm();
            for (int j = 0; j <= n; j++) {
                int c = next++;
                section[c] = s;
                type[c] = sec.type();
                if (j < n) {
                    parent[c] = j == 0 ? attach : c - 1;
                    area[c] = segArea[j];
                    axialConductance[c] = 1 / (j == 0 ? left[0] : right[j - 1] + left[j]);
                    cm[c] = secCm;
                    x[c] = (j + 0.5) / n;
                    diameter[c] = segDiam[j];
                } else {
                    parent[c] = c - 1;
                    axialConductance[c] = 1 / right[n - 1];
                    x[c] = 1;
                    diameter[c] = segDiam[n - 1];
                }
                distance[c] = pathDistance(m, startDistance, s, x[c]);
            }
        }
        diameter[0] = diameter[1];
        soma = nodeAt(0, 0.5);
        mechanisms = resolve();
    }

    /**
     * Discretises a cell model.
     *
     * @param model the description
     * @return its compartments
     */
    public static Cell of(CellModel model) {
        return new Cell(model);
    }

    private double pathDistance(Morphology m, double[] startDistance, int s, double xs) {
        double length = m.section(s).length();
        if (s == 0) {
            return model.distanceOrigin() == DistanceOrigin.SOMA_CENTER ? Math.abs(xs - 0.5) * length : xs * length;
        }
        return startDistance[s] + xs * length;
    }

    /** NEURON's node for position x of a section (during construction and after). */
    private int nodeAt(int s, double xs) {
        if (xs == 1) {
            return firstCompartment[s] + nseg[s];
        }
        if (xs == 0) {
            return attachment[s];
        }
        return firstCompartment[s] + Math.min((int) (xs * nseg[s]), nseg[s] - 1);
    }

    private List<MechanismPlacement> resolve() {
        Map<String, List<Insertion>> byName = new TreeMap<>(REGISTRATION_ORDER);
        for (Insertion ins : model.insertions()) {
            byName.computeIfAbsent(ins.kind().name(), k -> new ArrayList<>()).add(ins);
        }
        List<MechanismPlacement> result = new ArrayList<>();
        for (List<Insertion> group : byName.values()) {
            boolean[] covered = new boolean[size()];
            for (Insertion ins : group) {
                for (int c : compartments(ins.region())) {
                    covered[c] = true;
                }
            }
            int[] comps = java.util.stream.IntStream.range(0, size()).filter(c -> covered[c]).toArray();
            Map<String, Double> defaults = group.get(0).kind().parameterDefaults();
            Map<String, double[]> values = new LinkedHashMap<>();
            defaults.forEach((name, d) -> {
                double[] v = new double[comps.length];
                Arrays.fill(v, d);
                values.put(name, v);
            });
            for (Insertion ins : group) {
                for (int k = 0; k < comps.length; k++) {
                    int c = comps[k];
                    if (ins.region().contains(type[c])) {
                        for (Map.Entry<String, DoubleUnaryOperator> e : ins.parameters().entrySet()) {
                            values.get(e.getKey())[k] = e.getValue().applyAsDouble(distance[c]);
                        }
                    }
                }
            }
            result.add(new MechanismPlacement(group.get(0).kind(), comps, values));
        }
        return List.copyOf(result);
    }

    /** @return the description this cell was built from */
    public CellModel model() {
        return model;
    }

    /** @return the number of compartments, zero-area nodes included */
    public int size() {
        return parent.length;
    }

    /**
     * @param c a compartment
     * @return its parent compartment, -1 for compartment 0
     */
    public int parent(int c) {
        return parent[c];
    }

    /**
     * @param c a compartment
     * @return membrane area [µm²], 0 for a zero-area node
     */
    public double area(int c) {
        return area[c];
    }

    /**
     * @param c a compartment other than 0
     * @return conductance of the axial path to its parent [µS] (NEURON's 1/ri)
     */
    public double axialConductance(int c) {
        return axialConductance[c];
    }

    /**
     * @param c a compartment
     * @return specific capacitance [µF/cm²], 0 for a zero-area node
     */
    public double cm(int c) {
        return cm[c];
    }

    /**
     * @param c a compartment
     * @return path distance of its centre from the origin of {@link CellModel#distanceOrigin()} [µm]
     */
    public double distance(int c) {
        return distance[c];
    }

    /**
     * @param c a compartment
     * @return its position in its section, 0..1 (segment centre, or 0/1 for end nodes)
     */
    public double x(int c) {
        return x[c];
    }

    /**
     * @param c a compartment
     * @return the segment's mean diameter [µm] (for end nodes, the adjacent segment's)
     */
    public double diameter(int c) {
        return diameter[c];
    }

    /**
     * @param c a compartment
     * @return its section index in the morphology
     */
    public int section(int c) {
        return section[c];
    }

    /**
     * @param c a compartment
     * @return its region
     */
    public SectionType type(int c) {
        return type[c];
    }

    /**
     * @param s a section
     * @return its number of segments
     */
    public int nseg(int s) {
        return nseg[s];
    }

    /**
     * @param s a section
     * @return the compartment of its first segment
     */
    public int firstCompartment(int s) {
        return firstCompartment[s];
    }

    /** @return the compartment of soma(0.5), where spikes are detected */
    public int soma() {
        return soma;
    }

    /**
     * NEURON's {@code sec(x)}: the node that represents position x of a section.
     *
     * @param s  a section
     * @param xs position 0..1
     * @return the compartment
     */
    public int compartment(int s, double xs) {
        EngineException.require(s >= 0 && s < nseg.length, "section index", "in 0.." + (nseg.length - 1), s);
        EngineException.require(xs >= 0 && xs <= 1, "x", "in [0, 1]", xs);
        return nodeAt(s, xs);
    }

    /**
     * @param region section types
     * @return the compartments with membrane (non-zero area) in those types, ascending
     */
    public int[] compartments(Set<SectionType> region) {
        return java.util.stream.IntStream.range(0, size()).filter(c -> area[c] > 0 && region.contains(type[c])).toArray();
    }

    /** @return the number of compartments with membrane */
    public int membraneCompartments() {
        return (int) Arrays.stream(area).filter(a -> a > 0).count();
    }

    /** @return the mechanisms resolved onto compartments, in {@link #REGISTRATION_ORDER} of their names */
    public List<MechanismPlacement> mechanisms() {
        return mechanisms;
    }

    /**
     * @param c a compartment index
     * @throws EngineException if it is not in the cell
     */
    public void checkCompartment(int c) {
        if (c < 0 || c >= size()) {
            throw new EngineException(EngineMessage.BAD_COMPARTMENT, c, size() - 1);
        }
    }

    /**
     * The largest path distance of any point of a region, e.g. Hay's {@code getLongestBranch("apic")}
     * used to normalise the Ih gradient. Computed on the morphology, before discretisation.
     *
     * @param morphology the tree
     * @param type       the region
     * @param origin     the distance origin
     * @return the largest distance of a section end of that type [µm], 0 if there is none
     */
    public static double maxPathDistance(Morphology morphology, SectionType type, DistanceOrigin origin) {
        boolean centre = origin == DistanceOrigin.SOMA_CENTER;
        double[] start = morphology.startDistances(centre);
        double max = 0;
        for (int s = 0; s < morphology.size(); s++) {
            Section sec = morphology.section(s);
            if (sec.type() == type) {
                max = Math.max(max, s == 0 && centre ? sec.length() / 2 : start[s] + sec.length());
            }
        }
        return max;
    }
}
