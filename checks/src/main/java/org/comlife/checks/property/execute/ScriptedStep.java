package org.comlife.checks.property.execute;

import java.util.List;
import org.comlife.checks.property.action.Action;
import org.comlife.model.ComEvent;

/**
 * One action as its thread runs it: its index in the chain, the events to wait for first, and
 * the event to set after (or null).
 */
record ScriptedStep(int index, Action action, List<ComEvent> waits, ComEvent signal) {
}
