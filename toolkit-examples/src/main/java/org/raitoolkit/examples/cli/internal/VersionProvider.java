package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.examples.cli.ToolkitCli;
import picocli.CommandLine.IVersionProvider;

/** The version of the toolkit jar, from its manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ToolkitCli.class.getPackage().getImplementationVersion();
        return new String[] {"toolkit " + (version == null ? "(development build)" : version)};
    }
}
