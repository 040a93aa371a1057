package org.raitoolkit.web.internal;

import java.util.List;
import org.raitoolkit.model.ContentPack;

/**
 * The records the page templates print, shared by several pages. Each is built by the Java code
 * from a request and holds only text and flags: what to show, never how.
 */
final class Views {

    private Views() {
    }

    /** What the frame of every page shows: the language, the title, the current tool and the content pack. */
    record Frame(String lang, String title, String active, String pack) {

        static Frame of(ContentPack pack, String title, String active) {
            return new Frame(pack.manifest().language(), title, active,
                    pack.manifest().title() + " " + pack.manifest().version());
        }

        /** {@code "page"} for the navigation entry of the current tool, null for the others. */
        String current(String path) {
            return path.equals(active) ? "page" : null;
        }
    }

    /** A page that says what went wrong: a message or a list of problems, and a way back. */
    record Message(Frame frame, String heading, String message, Problems.Summary problems, String backHref, String backLabel) {
    }

    /** A hidden form field. */
    record Hidden(String name, String value) {
    }

    /** A term and its description, as in a list of scale levels or of facts. */
    record Term(String term, String description) {
    }

    /** A level or a completion as a coloured badge holding its word. */
    record Badge(String word, String tone, String id) {
    }

    /** The progress line of a form: answered of total. */
    record Progress(int answered, int total, String phrase) {
    }

    /** A submit button of a form's {@code action} field. */
    record Button(String action, String label) {
    }

    /** The buttons at the end of a form: the main one, then the others, which skip the browser's checks. */
    record Buttons(Button primary, List<Button> others) {
    }

    /** The form to load answers from a file or an example; {@code carried} goes with the file. */
    record Loader(String kind, List<Fields.Choice> examples, List<Hidden> carried) {
    }

    /**
     * The download and edit forms of a result page, each carrying the answers and {@code carried};
     * with a form for the {@code documents} to file when there are any (value: key, label: name).
     */
    record ResultActions(String kind, List<Hidden> carried, List<Fields.Option> audiences, String editLabel,
            List<Fields.Option> documents) {
    }
}
