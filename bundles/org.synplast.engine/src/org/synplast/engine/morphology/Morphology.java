package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;

/**
 * An immutable tree of sections. Section 0 is the root and a soma; every other section's parent
 * comes before it, so the list is in topological order.
 *
 * @param sections the sections in topological order
 */
public record Morphology(List<Section> sections) {

    /** Validates and copies. */
    public Morphology {
        sections = List.copyOf(sections);
        if (sections.isEmpty() || sections.get(0).type() != SectionType.SOMA) {
            throw new EngineException(EngineMessage.NO_SOMA);
        }
        for (int i = 0; i < sections.size(); i++) {
            int p = sections.get(i).parent();
            if (i == 0 ? p != -1 : p < 0 || p >= i) {
                throw new EngineException(EngineMessage.BAD_PARENT, i, p);
            }
        }
    }

    /** @return the number of sections */
    public int size() {
        return sections.size();
    }

    /**
     * @param i a section index
     * @return the section
     */
    public Section section(int i) {
        return sections.get(i);
    }

    /**
     * NEURON's name of a section as Import3d creates it: the type's array name and the index of
     * the section among the sections of its type, e.g. {@code dend[3]}.
     *
     * @param i a section index
     * @return the name
     */
    public String name(int i) {
        SectionType t = sections.get(i).type();
        int k = 0;
        for (int j = 0; j < i; j++) {
            if (sections.get(j).type() == t) {
                k++;
            }
        }
        return t.neuronName() + "[" + k + "]";
    }

    /**
     * @param i a section index
     * @return the indices of its children, in order
     */
    public List<Integer> children(int i) {
        List<Integer> c = new ArrayList<>();
        for (int j = i + 1; j < sections.size(); j++) {
            if (sections.get(j).parent() == i) {
                c.add(j);
            }
        }
        return c;
    }

    /**
     * @param type a section type
     * @return the number of sections of that type
     */
    public int count(SectionType type) {
        return (int) sections.stream().filter(s -> s.type() == type).count();
    }

    /**
     * @param type a section type
     * @return the summed length of its sections [µm]
     */
    public double totalLength(SectionType type) {
        return sections.stream().filter(s -> s.type() == type).mapToDouble(Section::length).sum();
    }

    /**
     * @param type a section type
     * @return the number of root sections of that type (stems attached to a soma section)
     */
    public int stems(SectionType type) {
        int n = 0;
        for (Section s : sections) {
            if (s.type() == type && s.parent() >= 0 && sections.get(s.parent()).type() == SectionType.SOMA) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param type a section type
     * @return the number of terminal sections of that type
     */
    public int tips(SectionType type) {
        boolean[] hasChild = new boolean[sections.size()];
        for (Section s : sections) {
            if (s.parent() >= 0) {
                hasChild[s.parent()] = true;
            }
        }
        int n = 0;
        for (int i = 0; i < sections.size(); i++) {
            if (!hasChild[i] && sections.get(i).type() == type) {
                n++;
            }
        }
        return n;
    }

    /**
     * Path distance of every section's 0-end from the soma, along the tree.
     *
     * @param fromSomaCentre origin at soma(0.5) if true (BluePyOpt), at soma(0) otherwise (hoc
     *                       {@code distance()} after {@code access soma})
     * @return one distance per section [µm]; the root's is 0 or L/2 accordingly
     */
    public double[] startDistances(boolean fromSomaCentre) {
        double[] start = new double[sections.size()];
        start[0] = fromSomaCentre ? sections.get(0).length() / 2 : 0;
        for (int s = 1; s < sections.size(); s++) {
            Section sec = sections.get(s);
            Section p = sections.get(sec.parent());
            start[s] = sec.parent() == 0 && fromSomaCentre ? Math.abs(sec.parentX() - 0.5) * p.length()
                    : start[sec.parent()] + sec.parentX() * p.length();
        }
        return start;
    }
}
