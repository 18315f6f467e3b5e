/**
 * Writing your own program for comlife to check: the guide, for someone who knows COM.
 *
 * <p>A <em>program</em> is your design written against the model's COM API: the processes
 * (clients, servers the SCM launches), the threads that make COM calls, the objects whose own
 * code decides when to shut down. Every engine of comlife runs it unchanged (the exhaustive
 * explorer, random schedules, Lincheck's model checker on real threads, Java PathFinder) and
 * checks the contract's ten invariants after every step: no premature shutdown, every NORMAL
 * packet ended once, no stream used after release, proxies used only in their apartment, no
 * deadlock of an STA, no server left running once every client let go, and the rest (see
 * {@link org.comlife.model.Invariant}). You run it with
 * {@code java -jar comlife.jar check com.example.MyCheck --classpath my-classes}, or from your
 * JUnit tests ({@code org.comlife.checks.junit.ComlifeAssertions}).
 *
 * <h2>The shape of a program</h2>
 *
 * <pre>{@code
 * public final class HandOffCheck implements Program {
 *     static final Iid IDocument = new Iid("IDocument");
 *     private final int reads;
 *
 *     public HandOffCheck(ProgramParameters parameters) {      // or a constructor taking nothing
 *         reads = parameters.intValue("reads", 1, 0, 3);       // -P reads=2 on the command line
 *     }
 *
 *     @Override
 *     public void start(ComWorld world, ThreadStarter threads) {
 *         ComProcess editor = world.newProcess("editor", ProcessRole.CLIENT);
 *         ComEvent handedOff = world.newEvent("handed-off");
 *         ComEvent done = world.newEvent("worker-done");
 *         MarshalStream[] stream = new MarshalStream[1];
 *         threads.start(editor.newThread("main"), self -> {
 *             Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
 *             Document document = new Document(self);
 *             stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(IDocument, document), "marshal");
 *             self.setEvent(handedOff);
 *             Expect.succeeded(self.waitForEventPumping(done), "wait for the worker");  // the worker's calls run here
 *             self.release(document);
 *             self.coUninitialize();
 *         });
 *         threads.start(editor.newThread("worker"), self -> {
 *             Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
 *             Expect.succeeded(self.waitForEvent(handedOff), "wait for the hand-off");
 *             InterfacePointer document = Expect.succeeded(
 *                     self.coGetInterfaceAndReleaseStream(stream[0], IDocument), "unmarshal");
 *             for (int i = 0; i < reads; i++) {
 *                 Expect.succeeded(self.call(document, "Read"), "Read");
 *             }
 *             self.release(document);
 *             self.setEvent(done);
 *             self.coUninitialize();
 *         });
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The class is public and implements {@link org.comlife.model.program.Program}, with a
 *       public constructor taking {@link org.comlife.model.program.ProgramParameters} (your size
 *       knobs, each with a default and bounds) or taking nothing. A nested class must be static.
 *       comlife makes a fresh instance for every run.</li>
 *   <li>{@code start} builds the world and returns at once: processes
 *       ({@code world.newProcess(name, ProcessRole.CLIENT or SERVER)}), threads
 *       ({@code process.newThread(name)}), events ({@code world.newEvent(name)}), the servers the
 *       SCM launches ({@code world.scm().registerLauncher(clsid, launcher)}); it starts every
 *       thread it creates through the {@link org.comlife.model.program.ThreadStarter} it is given,
 *       once, and makes no COM call itself.</li>
 *   <li>A thread's body ({@link org.comlife.model.program.ThreadBody}) is straight-line code whose
 *       COM calls are the methods of its {@code self}, a {@link org.comlife.model.ComThread}
 *       ({@code coInitializeEx}, {@code coCreateInstance}, {@code call}, {@code release},
 *       {@code coMarshalInterThreadInterfaceInStream}, {@code getInterfaceFromGlobal},
 *       {@code coRegisterClassObject}, {@code coReleaseServerProcess}, {@code runMessageLoop},
 *       {@code waitForEvent}... the methods marked {@link org.comlife.model.ComApi}). Each call is
 *       one step: the engines interleave the threads between calls. Calls answer an
 *       {@link org.comlife.model.HResult} as COM does; wrap a call your code cannot go on without in
 *       {@link org.comlife.model.program.Expect#succeeded}, so that an unexpected HRESULT fails the
 *       thread and the engines report it.</li>
 * </ul>
 *
 * <h2>Your objects, your Release, your CreateInstance, your LockServer</h2>
 *
 * <ul>
 *   <li>An object extends {@link org.comlife.model.ComObject}: the constructor
 *       {@code super(creatingThread, "Name", IYourInterface)} puts it in the creating thread's
 *       apartment with one reference; {@code dispatch(executing, method, arguments)} is the body of
 *       its methods (answer {@code CallResult.ok(value)} or {@code CallResult.fail(hr)});
 *       {@code onFinalRelease(releasing)} is your code at the last Release, typically
 *       {@code if (releasing.coReleaseServerProcess() == 0) releasing.postQuit(serverMain)}. The
 *       name you give it is how counterexamples show it ({@code obj#7(Tally)}).</li>
 *   <li>A class factory extends {@link org.comlife.model.ClassFactory}: {@code createInstance}
 *       is CreateInstance, {@code lockServer} (override it to change it) is LockServer, and
 *       {@code onLastLockReleased} is your shutdown decision when a LockServer(FALSE) (COM's
 *       implicit one included) brought the count to zero.</li>
 *   <li>A server the SCM launches is a {@link org.comlife.model.ServerLauncher}: given the world,
 *       it creates the server's process (a new name for each launch, e.g. {@code "tally-server-" + n},
 *       since the SCM launches a new one when a client finds the old one stopping), creates and
 *       starts its threads through the same starter, and returns the process. Its main thread
 *       does what a LocalServer32 executable does: {@code coInitializeEx}, create the factory,
 *       {@code coRegisterClassObject(..., RegCls.MULTIPLEUSE | RegCls.SUSPENDED)},
 *       {@code coResumeClassObjects}, {@code runMessageLoop} (calls into an STA run while it
 *       pumps; it returns at {@code postQuit}), {@code coRevokeClassObject},
 *       {@code coUninitialize}, {@code exitProcess}.</li>
 * </ul>
 *
 * <h2>What makes a program checkable</h2>
 *
 * <ol>
 *   <li><b>Wait only through COM.</b> {@code waitForEvent} (no pumping), {@code waitForEventPumping}
 *       and {@code runMessageLoop} (pumping). Never {@code Thread.sleep}, a Java lock or latch, or a
 *       loop that polls {@code ComEvent.isSet()}: the engines run one thread at a time, so such a
 *       thread waits forever. comlife refuses a program whose thread runs a while without a COM
 *       call, naming the thread and the line (exit code 2).</li>
 *   <li><b>Decide from COM.</b> Threads may hand each other what COM gave them (a stream, a GIT
 *       cookie, a pointer) through a field written before an event is set and read after waiting
 *       for it. What a thread does next must follow from the answers it got and from COM's state:
 *       the explorer recognises a state by those, so a decision taken on a Java field another
 *       thread changes may be missed. A count of your own objects is fine when it always equals
 *       how many of them are alive.</li>
 *   <li><b>Be deterministic.</b> No random numbers, clock, or static fields that change: every
 *       run of the same schedule must do the same thing (fields of the instance are per run).</li>
 *   <li><b>Be small and bounded.</b> Two or three threads, a dozen calls each; every loop with a
 *       small bound. Each more client or call multiplies the states; use parameters to grow a
 *       program once the small one passes.</li>
 *   <li><b>Name things.</b> Process, thread, event and object names are how the counterexample
 *       tells the story; two threads of one process may not share a name.</li>
 *   <li><b>Stay plain for JPF.</b> JPF runs your bytecode on its own Java library: avoid
 *       {@code java.util.Random}, blocking queues, {@code CompletableFuture} and reflection
 *       proxies in program code.</li>
 * </ol>
 *
 * <h2>What counts as a failure</h2>
 *
 * <p>A state that breaks an invariant, a thread whose code throws (an {@code Expect} that does
 * not hold, or your own exception), and a run in which every thread waits for something that
 * never comes: each is a counterexample, printed as a swimlane with your thread and object
 * names, and replayable with {@code comlife replay}. A program that cannot be run (its
 * constructor or {@code start} throws, it starts no thread, a thread loops or blocks outside COM)
 * is refused with the reason before any engine runs.
 */
package org.comlife.model.program;
