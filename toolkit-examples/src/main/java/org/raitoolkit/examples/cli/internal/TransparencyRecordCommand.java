package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.documents.DocumentKind;
import picocli.CommandLine.Command;

/** {@code toolkit transparency-record RISKFILE}: a public transparency record. */
@Command(name = "transparency-record", mixinStandardHelpOptions = true,
        description = {"Draft a plain-language record of a system for the agency to publish: what it does and why, the "
                + "human decision it supports, the data it uses, its safeguards and how to complain. Sensitive operational "
                + "detail is left out, and the record says what was left out."})
public final class TransparencyRecordCommand extends DocumentCommand {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.TRANSPARENCY_RECORD;
    }
}
