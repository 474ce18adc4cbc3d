package org.synplast.dsl.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.synplast.dsl.synPlast.Body;
import org.synplast.dsl.synPlast.CellType;
import org.synplast.dsl.synPlast.Connection;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Item;
import org.synplast.dsl.synPlast.Membrane;
import org.synplast.dsl.synPlast.Morphology;
import org.synplast.dsl.synPlast.Protocol;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.Sweep;
import org.synplast.dsl.synPlast.SynapseModel;
import org.synplast.dsl.synPlast.Value;

/**
 * Read access to the settings of elements: the path of each setting below its element, and the
 * effective settings of an element after `extends` (the most derived definition of a path wins).
 *
 * <p>A path is the list of keys from the element body to the setting, with dotted keys split:
 * `induction { dt = 5 ms }` and `induction.dt = 5 ms` both have the path [induction, dt].
 */
public final class Settings {

	private Settings() {
	}

	/** The element kind as written in a file: synapse, morphology, membrane, cell, connection, protocol, experiment, sweep. */
	public static String kindOf(Element e) {
		if (e instanceof SynapseModel) {
			return "synapse";
		} else if (e instanceof Morphology) {
			return "morphology";
		} else if (e instanceof Membrane) {
			return "membrane";
		} else if (e instanceof CellType) {
			return "cell";
		} else if (e instanceof Connection) {
			return "connection";
		} else if (e instanceof Protocol) {
			return "protocol";
		} else if (e instanceof Experiment) {
			return "experiment";
		} else if (e instanceof Sweep) {
			return "sweep";
		}
		throw new IllegalArgumentException("unknown element " + e.eClass().getName());
	}

	/** The element that contains an object, if any. */
	public static Optional<Element> elementOf(EObject o) {
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (c instanceof Element e) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/** The keys of a setting's (possibly dotted) key. */
	public static List<String> keys(Setting s) {
		return s.getKey() == null ? List.of() : Arrays.asList(s.getKey().split("\\.", -1));
	}

	/** The path of a setting below its element body, dotted keys split. */
	public static List<String> pathOf(Setting s) {
		List<String> path = new ArrayList<>();
		for (EObject c = s; c != null && !(c instanceof Element); c = c.eContainer()) {
			if (c instanceof Setting x) {
				path.addAll(0, keys(x));
			}
		}
		return path;
	}

	/** The path of the block that holds a setting (its path without the last key). */
	public static List<String> blockPathOf(Setting s) {
		List<String> p = pathOf(s);
		return p.isEmpty() ? p : p.subList(0, p.size() - 1);
	}

	/** The settings with a value in one element's own body, by path, in text order. */
	public static Map<List<String>, Setting> own(Element e) {
		Map<List<String>, Setting> result = new LinkedHashMap<>();
		collect(e.getBody(), List.of(), result);
		return result;
	}

	private static void collect(Body body, List<String> prefix, Map<List<String>, Setting> into) {
		if (body == null) {
			return;
		}
		for (Item item : body.getItems()) {
			if (item instanceof Setting s) {
				List<String> path = new ArrayList<>(prefix);
				path.addAll(keys(s));
				if (s.getValue() != null) {
					into.putIfAbsent(List.copyOf(path), s);
				} else {
					collect(s.getBody(), path, into);
				}
			}
		}
	}

	/**
	 * The elements of an `extends` chain, most derived first; stops at a cycle or an unresolved
	 * parent.
	 */
	public static List<Element> chain(Element e) {
		List<Element> chain = new ArrayList<>();
		Set<Element> seen = new HashSet<>();
		for (Element c = e; c != null && !c.eIsProxy() && seen.add(c); c = c.getParent()) {
			chain.add(c);
		}
		return chain;
	}

	/** Effective settings of an element: own settings over those of its `extends` chain. */
	public static Map<List<String>, Setting> effective(Element e) {
		Map<List<String>, Setting> result = new LinkedHashMap<>();
		List<Element> chain = chain(e);
		Collections.reverse(chain);
		for (Element c : chain) {
			result.putAll(own(c));
		}
		return result;
	}

	/** The effective value at a path (e.g. "induction", "dt"), if set anywhere in the chain. */
	public static Optional<Value> value(Element e, String... path) {
		return Optional.ofNullable(effective(e).get(List.of(path))).map(Setting::getValue);
	}
}
