package org.synplast.engine.morphology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synplast.engine.EngineMessage;

/**
 * Reads standard SWC files ({@code id type x y z radius parent}, {@code #} comments) into a
 * {@link Morphology}, following NEURON 8.2's Import3d (checked on small files): the soma samples
 * form the root section — one sample, or the NeuroMorpho three-point soma, becomes a cylinder of
 * length and diameter 2r along x (the sphere's area); a chain of samples becomes their trace.
 * Every unbranched run of samples of one type becomes a section that starts with its parent
 * sample (position and diameter). Sections on a chained soma attach at soma(0) or soma(1) when
 * their parent is the first or last soma sample (starting with that sample's position and their
 * own first diameter), otherwise at soma(0.5) without the soma point; on a one- or three-point
 * soma at soma(0.5). Types 1 to 4 only; errors name the file and line.
 */
public final class SwcReader {

    private SwcReader() {
    }

    private record Sample(int id, SectionType type, double x, double y, double z, double diameter, int parent, int line) {
        Point3 point() {
            return new Point3(x, y, z, diameter);
        }

        Point3 point(double d) {
            return new Point3(x, y, z, d);
        }
    }

    /**
     * @param file an SWC file
     * @return the morphology
     * @throws MorphologyException if it cannot be read or is malformed
     */
    public static Morphology read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new MorphologyException(file.toString(), 0, EngineMessage.IO_ERROR, file, e.getMessage());
        }
    }

    /**
     * @param reader the text
     * @param source a name for messages
     * @return the morphology
     * @throws IOException if reading fails
     */
    public static Morphology read(Reader reader, String source) throws IOException {
        Map<Integer, Sample> samples = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String text;
        int lineNo = 0;
        while ((text = in.readLine()) != null) {
            lineNo++;
            int hash = text.indexOf('#');
            String line = (hash >= 0 ? text.substring(0, hash) : text).trim();
            if (line.isEmpty()) {
                continue;
            }
            Sample s = parse(line, source, lineNo);
            if (samples.put(s.id, s) != null) {
                throw new MorphologyException(source, lineNo, EngineMessage.DUPLICATE_SAMPLE, s.id);
            }
        }
        return build(samples, source);
    }

    private static Sample parse(String line, String source, int lineNo) {
        String[] f = line.split("\\s+");
        if (f.length < 7) {
            throw new MorphologyException(source, lineNo, EngineMessage.MALFORMED_LINE, line);
        }
        try {
            int id = Integer.parseInt(f[0]);
            int code = Integer.parseInt(f[1]);
            double x = Double.parseDouble(f[2]);
            double y = Double.parseDouble(f[3]);
            double z = Double.parseDouble(f[4]);
            double r = Double.parseDouble(f[5]);
            int parent = Integer.parseInt(f[6]);
            SectionType type = SectionType.ofSwcCode(code);
            if (type == null) {
                throw new MorphologyException(source, lineNo, EngineMessage.UNKNOWN_TYPE, code);
            }
            if (!(r > 0)) {
                throw new MorphologyException(source, lineNo, EngineMessage.NON_POSITIVE_DIAMETER, 2 * r);
            }
            return new Sample(id, type, x, y, z, 2 * r, parent, lineNo);
        } catch (NumberFormatException e) {
            throw new MorphologyException(source, lineNo, EngineMessage.MALFORMED_LINE, line);
        }
    }

    private static Morphology build(Map<Integer, Sample> samples, String source) {
        Map<Integer, List<Sample>> children = new HashMap<>();
        Sample root = null;
        for (Sample s : samples.values()) {
            if (s.parent < 0) {
                if (root != null) {
                    throw new MorphologyException(source, s.line, EngineMessage.SEVERAL_ROOTS, root.id, s.id);
                }
                root = s;
            } else if (!samples.containsKey(s.parent)) {
                throw new MorphologyException(source, s.line, EngineMessage.MISSING_PARENT, s.id, s.parent);
            } else {
                children.computeIfAbsent(s.parent, k -> new ArrayList<>()).add(s);
            }
        }
        checkAcyclic(samples, source);
        if (root == null || root.type != SectionType.SOMA) {
            throw new MorphologyException(source, root == null ? 0 : root.line, EngineMessage.NO_SOMA);
        }
        List<Section> sections = new ArrayList<>();
        Map<Integer, Double> somaX = new HashMap<>();
        List<Sample> neuriteRoots = new ArrayList<>();
        sections.add(soma(root, children, somaX, neuriteRoots, source));
        for (Sample r : neuriteRoots) {
            addSections(r, 0, somaX.get(r.parent), samples.get(r.parent), children, sections, source);
        }
        return new Morphology(sections);
    }

    private static void checkAcyclic(Map<Integer, Sample> samples, String source) {
        Map<Integer, Boolean> rooted = new HashMap<>();
        for (Sample s : samples.values()) {
            List<Integer> path = new ArrayList<>();
            Sample cur = s;
            while (cur != null && !rooted.containsKey(cur.id)) {
                if (path.contains(cur.id)) {
                    List<Integer> cycle = path.subList(path.indexOf(cur.id), path.size());
                    throw new MorphologyException(source, cur.line, EngineMessage.CYCLE, cycle);
                }
                path.add(cur.id);
                cur = cur.parent < 0 ? null : samples.get(cur.parent);
            }
            for (Integer id : path) {
                rooted.put(id, Boolean.TRUE);
            }
        }
    }

    private static Section soma(Sample root, Map<Integer, List<Sample>> children, Map<Integer, Double> somaX,
            List<Sample> neuriteRoots, String source) {
        List<Sample> chain = new ArrayList<>();
        chain.add(root);
        List<Sample> somaKids = somaChildren(root, children);
        boolean threePoint = somaKids.size() == 2 && somaChildren(somaKids.get(0), children).isEmpty()
                && somaChildren(somaKids.get(1), children).isEmpty();
        List<Point3> points = new ArrayList<>();
        if (threePoint) {
            chain.addAll(somaKids);
        } else {
            Sample cur = root;
            while (true) {
                List<Sample> next = somaChildren(cur, children);
                if (next.size() > 1) {
                    throw new MorphologyException(source, next.get(1).line, EngineMessage.BRANCHED_SOMA, next.get(1).id);
                }
                if (next.isEmpty()) {
                    break;
                }
                cur = next.get(0);
                chain.add(cur);
            }
        }
        if (threePoint || chain.size() == 1) {
            double r = root.diameter / 2;
            points.add(new Point3(root.x - r, root.y, root.z, root.diameter));
            points.add(root.point());
            points.add(new Point3(root.x + r, root.y, root.z, root.diameter));
            chain.forEach(s -> somaX.put(s.id, 0.5));
        } else {
            chain.forEach(s -> points.add(s.point()));
            chain.forEach(s -> somaX.put(s.id, 0.5));
            somaX.put(root.id, 0.0);
            somaX.put(chain.get(chain.size() - 1).id, 1.0);
        }
        for (Sample s : chain) {
            for (Sample c : children.getOrDefault(s.id, List.of())) {
                if (c.type != SectionType.SOMA) {
                    neuriteRoots.add(c);
                }
            }
        }
        neuriteRoots.sort((a, b) -> Integer.compare(a.line, b.line));
        return Section.of(SectionType.SOMA, -1, 0, new SectionGeometry.Trace(points));
    }

    private static List<Sample> somaChildren(Sample s, Map<Integer, List<Sample>> children) {
        return children.getOrDefault(s.id, List.of()).stream().filter(c -> c.type == SectionType.SOMA).toList();
    }

    /**
     * Adds the section starting at {@code first} and, depth first, its descendants.
     *
     * @param parentSample the sample the section hangs from; included as first point unless it
     *                     is a soma sample (then only to give a one-sample section a length)
     */
    private static void addSections(Sample first, int parentSection, double parentX, Sample parentSample,
            Map<Integer, List<Sample>> children, List<Section> sections, String source) {
        List<Point3> points = new ArrayList<>();
        boolean onSoma = parentSample.type == SectionType.SOMA;
        if (!onSoma) {
            points.add(parentSample.point());
        } else if (parentX != 0.5) {
            points.add(parentSample.point(first.diameter));
        }
        Sample cur = first;
        points.add(cur.point());
        List<Sample> next = children.getOrDefault(cur.id, List.of());
        while (next.size() == 1 && next.get(0).type == first.type) {
            cur = next.get(0);
            points.add(cur.point());
            next = children.getOrDefault(cur.id, List.of());
        }
        if (points.size() == 1) {
            points.add(0, parentSample.point(first.diameter));
        }
        if (new SectionGeometry.Trace(points).length() == 0) {
            throw new MorphologyException(source, first.line, EngineMessage.TOO_FEW_POINTS, sections.size(), 1, 2);
        }
        sections.add(Section.of(first.type, parentSection, parentX, new SectionGeometry.Trace(points)));
        int me = sections.size() - 1;
        for (Sample c : next) {
            addSections(c, me, 1, cur, children, sections, source);
        }
    }
}
