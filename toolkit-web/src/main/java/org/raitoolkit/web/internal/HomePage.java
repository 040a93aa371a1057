package org.raitoolkit.web.internal;

import org.raitoolkit.model.ContentPack;

/** The start page: the three tools, what the server keeps (nothing), and which content and rules it runs. */
final class HomePage {

    private HomePage() {
    }

    static Response render(Assessments assessments, String listening) {
        ContentPack pack = assessments.pack();
        Html h = new Html();
        h.element("h1", "Responsible AI toolkit for law enforcement").nl();
        h.element("p", "Three questionnaires that help a law enforcement agency decide whether, and how, to use an AI "
                + "system responsibly. Answer them here in the browser; each gives a report to download and share, and "
                + "your answers as a file to load again later.", "class", "lead").nl();
        h.open("div", "class", "cards").nl();
        card(h, "/readiness", "Organisational readiness", "Is the agency ready?",
                pack.readinessQuestions().size() + " questions in " + pack.dimensions().size() + " dimensions, for the agency "
                        + "as a whole: readiness levels, gaps and the next steps on the roadmap.");
        card(h, "/risk", "AI system risk assessment", "How risky is this system, here?",
                "The system's profile, then a rating of each risk factor that applies to it: levels, a decision, "
                        + "the reasons and recommendations.");
        card(h, "/workbook", "Responsible AI in action", "What has to be done, at this stage?",
                pack.workbookItems().size() + " actions across the life cycle, by principle: completion and an action plan "
                        + "ordered by the system's risks.");
        h.close("div").nl();
        h.open("section", "class", "about", "aria-labelledby", "privacy").nl();
        h.element("h2", "Your answers stay with you", "id", "privacy").nl();
        h.element("p", "This server stores nothing: no accounts, no sessions, no cookies, no answers and no log of them. "
                + "Answers travel inside the page as you move between steps, and leave it only as the files you download. "
                + "Close the tab and they are gone, unless you saved them.").nl();
        h.element("p", "It listens on " + listening + ". Pages load nothing from anywhere else, so the app works "
                + "offline.").nl();
        h.close("section").nl();
        h.open("section", "class", "about", "aria-labelledby", "engine").nl();
        h.element("h2", "Content and rules", "id", "engine").nl();
        h.open("dl", "class", "facts-list");
        h.element("dt", "Content pack").element("dd", pack.manifest().title() + " (" + pack.manifest().id() + " "
                + pack.manifest().version() + ")");
        h.element("dt", "Rule sets").element("dd", String.join(", ", assessments.engine().ruleSets()));
        h.element("dt", "Engine").element("dd", assessments.engine().version());
        h.close("dl").nl();
        h.close("section").nl();
        return Response.page(200, Layout.page(pack, "Home", "/", h.toString()));
    }

    private static void card(Html h, String href, String title, String question, String text) {
        h.open("section", "class", "card").nl();
        h.open("h2").open("a", "href", href).text(title).close("a").close("h2").nl();
        h.element("p", question, "class", "card-question").nl();
        h.element("p", text).nl();
        h.open("p").open("a", "href", href, "class", "button primary", "aria-label", "Start: " + title).text("Start").close("a")
                .close("p").nl();
        h.close("section").nl();
    }
}
