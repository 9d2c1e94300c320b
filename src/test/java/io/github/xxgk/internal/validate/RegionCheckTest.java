package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Identity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check ID on names as printed and as OCR reads them: a misread title is named, never resolved silently. */
class RegionCheckTest {

    @Test
    void aResolvedAgencyPasses() {
        List<Finding> f = RegionCheck.check(Identity.of("淮安市洪泽区人民政府", 2023), false);
        assertEquals(1, f.size());
        assertEquals(Finding.Status.PASS, f.get(0).status());
        assertTrue(f.get(0).message().contains("320813"), f.get(0).message());
    }

    @Test
    void anOcrMisreadOfTheGeneralOfficeFails() {
        // 上海市人民政府办公厅 read as 办公打: the division resolves, the agency word does not
        List<Finding> f = RegionCheck.check(Identity.of("上海市人民政府办公打", 2020), true);
        assertEquals(Finding.Status.FAIL, f.get(0).status());
        assertEquals("ID-REGION", f.get(0).check());
        assertTrue(f.get(0).message().contains("OCR"), f.get(0).message());
        // the same name from a text layer is a kind the resolver does not know, not a failure
        assertEquals(Finding.Status.PASS, RegionCheck.check(Identity.of("上海市人民政府办公打", 2020), false).get(0).status());
    }

    @Test
    void anOcrMisreadDivisionFails() {
        // 洪泽区 read as 洪泽匹: no division of that name under 淮安市
        Identity id = Identity.of("淮安市洪泽匹人民政府", 2023);
        assertEquals(null, id.regionCode(), id::toString);
        List<Finding> f = RegionCheck.check(id, true);
        assertEquals(Finding.Status.FAIL, f.get(0).status(), f.get(0).message());
        assertTrue(f.get(0).message().contains("洪泽匹 is no division inside 淮安市"), f.get(0).message());
    }

    @Test
    void anAmbiguousNameFailsWithItsReason() {
        List<Finding> f = RegionCheck.check(Identity.of("朝阳区人民政府", 2020), false);
        assertEquals(Finding.Status.FAIL, f.get(0).status());
        assertTrue(f.get(0).message().contains("110105"), f.get(0).message());
    }

    @Test
    void noAgencyIsLeftToTheIdentityCheck() {
        assertEquals(List.of(), RegionCheck.check(Identity.of(null, 2020), false));
    }
}
