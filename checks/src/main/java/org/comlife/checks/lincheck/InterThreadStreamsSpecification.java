package org.comlife.checks.lincheck;

import org.comlife.specs.sequential.SequentialInterThreadStreams;
import org.comlife.specs.sequential.SequentialInterThreadStreams.Stream;

/** {@link InterThreadStreamsOperations} one call at a time, over {@link SequentialInterThreadStreams}. */
public final class InterThreadStreamsSpecification {
    private final SequentialInterThreadStreams streams = new SequentialInterThreadStreams();

    public String handOff(int extraRefs) {
        return handOff(true, extraRefs);
    }

    public String handOffUnsupported(int extraRefs) {
        return handOff(false, extraRefs);
    }

    public String handOffInOwnApartment() {
        return handOff(true, 0);
    }

    public String getTwice() {
        Stream stream = streams.marshalInStream();
        streams.addRef(stream);
        String first = streams.getInterfaceAndReleaseStream(stream, true).name();
        String second = streams.getInterfaceAndReleaseStream(stream, true).name();
        return InterThreadStreamsOperations.answer(first + ", " + second, stream.references());
    }

    private String handOff(boolean supported, int extraRefs) {
        Stream stream = streams.marshalInStream();
        for (int i = 0; i < extraRefs; i++) {
            streams.addRef(stream);
        }
        String got = streams.getInterfaceAndReleaseStream(stream, supported).name();
        String result = InterThreadStreamsOperations.answer(got, stream.references());
        for (int i = 0; i < extraRefs; i++) {
            streams.release(stream);
        }
        return result;
    }
}
