package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.documents.DocumentKind;
import picocli.CommandLine.Command;

/** {@code toolkit dpia RISKFILE}: a draft data protection impact assessment. */
@Command(name = "dpia", mixinStandardHelpOptions = true,
        description = {"Draft the data protection impact assessment of a system (Law Enforcement Directive Art. 27) from "
                + "its risk answer file: the processing, necessity, risks, measures, prior consultation (Art. 28), the "
                + "data-protection officer's advice and the decision. Parts the answers do not establish are marked "
                + "'to be completed'. With --jurisdiction EU it also lists the Directive rule set's findings."})
public final class DpiaCommand extends DocumentCommand {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.DPIA;
    }
}
