package org.synplast.dsl.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings and nested blocks allowed inside one block of an element body.
 *
 * @param name       the block's key (the element kind for a root block)
 * @param meaning    what the block describes (shown on hover)
 * @param parameters the settings allowed, by key, in catalogue order
 * @param blocks     the nested blocks allowed, by key, in catalogue order
 */
public record BlockSpec(String name, String meaning, Map<String, Parameter> parameters, Map<String, BlockSpec> blocks) {

	/** Copies the maps, keeping their order. */
	public BlockSpec {
		Objects.requireNonNull(name);
		Objects.requireNonNull(meaning);
		parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
	}

	/** The setting allowed under {@code key}, if any. */
	public Optional<Parameter> parameter(String key) {
		return Optional.ofNullable(parameters.get(key));
	}

	/** The nested block allowed under {@code key}, if any. */
	public Optional<BlockSpec> block(String key) {
		return Optional.ofNullable(blocks.get(key));
	}

	/** Whether {@code key} is a setting or a block here. */
	public boolean allows(String key) {
		return parameters.containsKey(key) || blocks.containsKey(key);
	}

	/** Builds a block spec in catalogue order. */
	static final class Builder {
		private final String name;
		private final String meaning;
		private final Map<String, Parameter> parameters = new LinkedHashMap<>();
		private final Map<String, BlockSpec> blocks = new LinkedHashMap<>();

		Builder(String name, String meaning) {
			this.name = name;
			this.meaning = meaning;
		}

		Builder add(Parameter p) {
			if (parameters.put(p.key(), p) != null) {
				throw new IllegalStateException("duplicate catalogue key " + p.key() + " in " + name);
			}
			return this;
		}

		Builder addAll(BlockSpec other) {
			other.parameters().values().forEach(this::add);
			other.blocks().values().forEach(this::block);
			return this;
		}

		Builder block(BlockSpec b) {
			if (blocks.put(b.name(), b) != null) {
				throw new IllegalStateException("duplicate catalogue block " + b.name() + " in " + name);
			}
			return this;
		}

		BlockSpec build() {
			return new BlockSpec(name, meaning, parameters, blocks);
		}
	}
}
