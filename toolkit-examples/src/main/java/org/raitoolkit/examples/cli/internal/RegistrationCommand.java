package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.documents.DocumentKind;
import picocli.CommandLine.Command;

/** {@code toolkit registration RISKFILE}: the deployer's EU database registration data. */
@Command(name = "registration", mixinStandardHelpOptions = true,
        description = {"Draft the deployer's registration data for the EU database (EU AI Act Art. 49(3), Annex VIII, "
                + "Section C) from a risk answer file, marked for the secure non-public section where Art. 49(4) applies. "
                + "--format json gives the fields as structured data with their schema. Needs --jurisdiction EU."})
public final class RegistrationCommand extends DocumentCommand {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.REGISTRATION;
    }
}
