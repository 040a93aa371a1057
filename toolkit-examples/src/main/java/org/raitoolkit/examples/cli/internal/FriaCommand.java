package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.documents.DocumentKind;
import picocli.CommandLine.Command;

/** {@code toolkit fria RISKFILE}: a draft fundamental rights impact assessment. */
@Command(name = "fria", mixinStandardHelpOptions = true,
        description = {"Draft the fundamental rights impact assessment of a high-risk system (EU AI Act Art. 27(1)(a) to "
                + "(f), with Art. 27(3) and (4)) from its risk answer file. Needs --jurisdiction EU (or --rules eu-ai-act) "
                + "and the system's euAiAct facts."})
public final class FriaCommand extends DocumentCommand {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.FRIA;
    }
}
