package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toolkit sign REPORT --key KEY}: a detached Ed25519 signature of a report's exact bytes. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a report: write a detached Ed25519 signature of its exact bytes to REPORT.sig (one line "
                + "of base64), for 'toolkit verify --key' to check. See docs/records.md.")
public final class SignCommand extends ToolkitCommand {

    @Parameters(paramLabel = "REPORT", description = "The report to sign (any file; its bytes are signed as they are).")
    private Path report;

    @Option(names = "--key", required = true, paramLabel = "KEY",
            description = "The Ed25519 private key, PEM PKCS#8 (openssl genpkey -algorithm ed25519 -out key.pem).")
    private Path key;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Write the signature to PATH (atomically) instead of REPORT.sig.")
    private Path out;

    @Override
    protected int execute() {
        Path target = out == null ? Ed25519.signatureOf(report) : out;
        if (target.toAbsolutePath().normalize().equals(report.toAbsolutePath().normalize())) {
            throw new InvalidInputException("--out is not valid", List.of(new Problem("--out", 0, 0, "",
                    "'" + out + "' is the report itself; the signature goes in a file of its own")));
        }
        // The key first: a wrong key file is the likelier mistake, and reading it is cheap.
        var privateKey = Ed25519.privateKey(key);
        byte[] bytes = InputFiles.read(report, InputFiles.MAX_REPORT_BYTES, "the report");
        NewCommand.writeAtomically(target, Ed25519.text(Ed25519.sign(privateKey, bytes)));
        err().println("wrote " + target);
        err().flush();
        return ToolkitCli.OK;
    }
}
