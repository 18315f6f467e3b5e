/**
 * The in-house property-based testing engine: random concurrent action chains over the COM
 * model, every invariant checked after every API step, integrated shrinking of chain and
 * schedule, exact replay, statistics, and JUnit integration
 * ({@link org.comlife.checks.property.junit.ChainProperty}).
 *
 * <p>A case is generated from one seed ({@link org.comlife.checks.property.generate.ChainGenerator}):
 * two to four client threads with their apartments, the code of the server the SCM launches, a
 * chain of actions valid by construction (each {@link org.comlife.checks.property.action.Action}
 * has a precondition and an effect over {@link org.comlife.checks.property.state.ChainState}),
 * then a closing part that gives everything back, and the seed of the scheduler. At run time
 * ({@link org.comlife.checks.property.execute.ChainProgram}) each chain thread runs its actions;
 * actions of different threads that share a handle keep the chain's order through events, and all
 * others interleave as the deterministic scheduler chooses. A failing case is shrunk
 * ({@link org.comlife.checks.property.shrink.ChainShrinker}) and reported with its seed
 * ({@link org.comlife.checks.property.report.CounterexampleReport}); {@link org.comlife.checks.property.Replay}
 * reproduces it exactly.
 *
 * <p>Entry points: {@link org.comlife.checks.property.PropertyRunner} (run, hunt, survey),
 * {@link org.comlife.checks.matrix.PropertyEngine#huntSettings} (a catalogue fault),
 * {@link org.comlife.checks.property.inputs.BadInputProperty} (bad arguments).
 */
package org.comlife.checks.property;
