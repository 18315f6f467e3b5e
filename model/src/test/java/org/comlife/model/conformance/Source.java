package org.comlife.model.conformance;

/**
 * Where a Windows fact comes from. Wine's conformance tests run on Windows too, so what they
 * assert (outside {@code todo_wine}, and inside it as what Windows does) is Windows' behaviour;
 * Wine's implementation and Microsoft's documentation are cited where no test asserts the fact.
 */
enum Source {
    WINE_MARSHAL_TESTS("marshal.c", "Wine dlls/ole32/tests/marshal.c"),
    WINE_COMPOBJ_TESTS("compobj.c", "Wine dlls/ole32/tests/compobj.c"),
    WINE_COMBASE("combase", "Wine dlls/combase (implementation)"),
    MICROSOFT_DOCS("Microsoft docs:", "Microsoft Learn, Win32 COM reference");

    private final String shortName;
    private final String title;

    Source(String shortName, String title) {
        this.shortName = shortName;
        this.title = title;
    }

    /** How a test's display name cites it. */
    String shortName() {
        return shortName;
    }

    /** How the conformance table names it. */
    String title() {
        return title;
    }
}
