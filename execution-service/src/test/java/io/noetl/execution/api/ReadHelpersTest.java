package io.noetl.execution.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.execution.model.PageWindow;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure helpers of the read routes, table-driven without a server. */
class ReadHelpersTest {

    @Test
    void humanDurationsLeaveOutLeadingZeroUnits() {
        assertThat(HumanDuration.of(null)).isNull();
        assertThat(HumanDuration.of(0.4)).isEqualTo("0s");
        assertThat(HumanDuration.of(45.9)).isEqualTo("45s");
        assertThat(HumanDuration.of(72.0)).isEqualTo("1m 12s");
        assertThat(HumanDuration.of(7384.0)).isEqualTo("2h 3m 4s");
    }

    @Test
    void previewsStayUnderOneKibibyteOfUtf8AndMarkTheCut() {
        assertThat(ResultPreview.of(null)).isNull();
        assertThat(ResultPreview.of(Map.of("a", 1))).isEqualTo("{\"a\":1}");
        String cut = ResultPreview.of(List.of("😀".repeat(600)));
        assertThat(cut).endsWith("…");
        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(cut.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).isZero();
    }

    @Test
    void pageModeIsChosenByPageOrPageSizeAndCheckedForDepth() {
        assertThat(ReadPaging.parse(null, null, null, null)).isEqualTo(PageWindow.keyset(100, null));
        assertThat(ReadPaging.parse("5", "c", null, null)).isEqualTo(PageWindow.keyset(5, "c"));
        assertThat(ReadPaging.parse("5", null, "3", null)).isEqualTo(PageWindow.paged(3, 100));
        assertThat(ReadPaging.parse(null, null, null, "99999")).isEqualTo(PageWindow.paged(1, 1000));
        assertThat(ReadPaging.parse(null, null, "1001", "100").offset()).isEqualTo(100_000);
        assertThatThrownBy(() -> ReadPaging.parse(null, null, "1002", "100"))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.PAGE_TOO_DEEP));
        assertThatThrownBy(() -> ReadPaging.parse(null, null, "99999999999999", null))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.PAGE_TOO_DEEP));
        for (String bad : List.of("0", "-1", "x", "1.5")) {
            assertThatThrownBy(() -> ReadPaging.parse(null, null, bad, null)).as(bad)
                    .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_PARAMETER));
        }
    }
}
