package org.comlife.model;

/**
 * CLSCTX: where a class object is offered ({@code CoRegisterClassObject}) or looked for
 * ({@code CoGetClassObject}, {@code CoCreateInstance}). LOCAL_SERVER registrations are seen by the
 * SCM; INPROC_SERVER registrations by in-process lookups from their own apartment.
 */
public enum ClsCtx {
    INPROC_SERVER,
    LOCAL_SERVER,
    /** CLSCTX_INPROC_SERVER | CLSCTX_LOCAL_SERVER (Windows' CLSCTX_SERVER without the remote server the model lacks). */
    SERVER;

    public boolean includesInproc() {
        return this != LOCAL_SERVER;
    }

    public boolean includesLocal() {
        return this != INPROC_SERVER;
    }
}
