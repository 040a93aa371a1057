package org.raitoolkit.web.internal;

import org.raitoolkit.model.ContentPack;
import org.raitoolkit.web.internal.Views.Frame;

/** The start page ({@code home.jte}): the three tools, what the server keeps (nothing), and which content and rules it runs. */
final class HomePage {

    /** What the start page shows besides its fixed text. */
    record View(Frame frame, int questions, int dimensions, int items, String listening, String pack, String ruleSets,
            String engine) {
    }

    private HomePage() {
    }

    static Response render(Assessments assessments, Pages pages, String listening) {
        ContentPack pack = assessments.pack();
        return pages.page(200, "home.jte", new View(Frame.of(pack, "Home", "/"), pack.readinessQuestions().size(),
                pack.dimensions().size(), pack.workbookItems().size(), listening,
                pack.manifest().title() + " (" + pack.manifest().id() + " " + pack.manifest().version() + ")",
                String.join(", ", assessments.engine().ruleSets()), assessments.engine().version()));
    }
}
