package org.comlife.model;

/** Whether a simulated process is a client or an out-of-process server; leak checks look at servers. */
public enum ProcessRole {
    CLIENT,
    SERVER
}
