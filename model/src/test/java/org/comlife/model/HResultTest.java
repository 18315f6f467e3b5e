package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The HRESULT table of com-contract.md: exact codes, severity, and how codes print. */
class HResultTest {

    /** Every code of the contract's HRESULT table has exactly its documented 32-bit value. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "S_OK, 0x00000000",
        "S_FALSE, 0x00000001",
        "E_INVALIDARG, 0x80070057",
        "E_POINTER, 0x80004003",
        "E_NOINTERFACE, 0x80004002",
        "E_UNEXPECTED, 0x8000FFFF",
        "CO_E_NOTINITIALIZED, 0x800401F0",
        "CO_E_OBJNOTCONNECTED, 0x800401FD",
        "CO_E_OBJISREG, 0x800401FC",
        "REGDB_E_CLASSNOTREG, 0x80040154",
        "RPC_E_WRONG_THREAD, 0x8001010E",
        "RPC_E_DISCONNECTED, 0x80010108",
        "RPC_E_CHANGED_MODE, 0x80010106",
        "RPC_E_INVALID_OBJREF, 0x8001011D",
        "STG_E_READFAULT, 0x8003001E",
        "CO_E_OBJNOTREG, 0x800401FB",
        "CO_E_SERVER_STOPPING, 0x80080008",
        "CO_E_APPDIDNTREG, 0x800401FE",
        "CLASS_E_NOAGGREGATION, 0x80040110",
    })
    void contractCodeHasExactValue(String name, String hex) {
        HResult hr = HResult.valueOf(name);
        int expected = Integer.parseUnsignedInt(hex.substring(2), 16);
        assertThat(hr.value()).isEqualTo(expected);
        assertThat(hr.hex()).isEqualTo(hex.toUpperCase().replace("0X", "0x"));
        assertThat(HResult.fromValue(expected)).isSameAs(hr);
    }

    /** CO_E_SERVER_STOPPING is 0x80080008, not 0x80004021 (which is CO_E_NOT_SUPPORTED and not in the contract). */
    @Test
    void serverStoppingIsNotNotSupported() {
        assertThat(HResult.CO_E_SERVER_STOPPING.value()).isEqualTo(0x80080008);
        assertThat(HResult.fromValue(0x80004021)).isNull();
    }

    /** No two HRESULTs of the model share a code. */
    @Test
    void codesAreDistinct() {
        long distinct = Arrays.stream(HResult.values()).mapToInt(HResult::value).distinct().count();
        assertThat(distinct).isEqualTo(HResult.values().length);
    }

    /** S_OK and S_FALSE succeed and do not fail. */
    @ParameterizedTest
    @EnumSource(value = HResult.class, names = {"S_OK", "S_FALSE"})
    void successCodesSucceed(HResult hr) {
        assertThat(hr.succeeded()).isTrue();
        assertThat(hr.failed()).isFalse();
    }

    /** Every other code has the severity bit set: failed() and not succeeded(). */
    @ParameterizedTest
    @EnumSource(value = HResult.class, mode = EnumSource.Mode.EXCLUDE, names = {"S_OK", "S_FALSE"})
    void errorCodesFail(HResult hr) {
        assertThat(hr.failed()).isTrue();
        assertThat(hr.succeeded()).isFalse();
    }

    /** toString shows the name and the code as eight upper-case hex digits. */
    @ParameterizedTest
    @EnumSource(HResult.class)
    void toStringShowsNameAndHex(HResult hr) {
        String expectedHex = String.format("0x%08X", hr.value());
        assertThat(hr.hex()).isEqualTo(expectedHex);
        assertThat(hr.toString()).contains(hr.name()).contains(expectedHex);
    }

    /** Small codes are zero-padded to eight digits in toString. */
    @Test
    void smallCodesAreZeroPadded() {
        assertThat(HResult.S_FALSE.toString()).isEqualTo("S_FALSE (0x00000001)");
        assertThat(HResult.RPC_E_WRONG_THREAD.toString()).isEqualTo("RPC_E_WRONG_THREAD (0x8001010E)");
    }

    /** fromValue answers null for a code the contract does not name. */
    @Test
    void unknownCodeIsNull() {
        assertThat(HResult.fromValue(0x12345678)).isNull();
    }
}
