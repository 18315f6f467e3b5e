package org.comlife.model;

/** CLSCTX: where a class object is offered. Only LOCAL_SERVER registrations are seen by the SCM. */
public enum ClsCtx {
    INPROC_SERVER,
    LOCAL_SERVER
}
