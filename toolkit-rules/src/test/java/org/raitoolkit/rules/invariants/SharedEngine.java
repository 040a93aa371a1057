package org.raitoolkit.rules.invariants;

import org.raitoolkit.rules.ToolkitEngine;

/**
 * The one engine every test in this package shares. Building an engine compiles the rules (the
 * slow part, several seconds), and the engine is documented as thread-safe, so one is enough.
 */
final class SharedEngine {

    private SharedEngine() {
    }

    /** The engine with the default content pack and rules, built on first use. */
    static ToolkitEngine engine() {
        return Holder.ENGINE;
    }

    // Initialisation-on-demand: the JVM builds the engine once, on first access, thread-safely.
    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.withDefaults();
    }
}
