package fr.deffinum.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainHeadSetTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void the_canonical_form_is_one_line_per_aggregate_sorted_by_id_each_ended_by_a_line_feed() {
        ChainHeadSet heads = new ChainHeadSet(List.of(new ChainHead("laureate-2", 0, B), new ChainHead("DEFFINUM", 12, A),
                new ChainHead("laureate-1", 3, A)));

        assertThat(heads.canonical()).isEqualTo("DEFFINUM:12:" + A + "\nlaureate-1:3:" + A + "\nlaureate-2:0:" + B + "\n");
    }

    @Test
    void its_hash_is_the_sha256_of_that_text_in_utf8_whatever_the_order_given() {
        ChainHeadSet heads = new ChainHeadSet(List.of(new ChainHead("x", 1, A), new ChainHead("w", 0, B)));
        ChainHeadSet reordered = new ChainHeadSet(List.of(new ChainHead("w", 0, B), new ChainHead("x", 1, A)));

        // printf 'w:0:bbb…b\nx:1:aaa…a\n' | sha256sum
        assertThat(heads.sha256()).isEqualTo("04f24cbbba9855eed551a2c92936f4834148a5a014dcde285324e9c5efe2d4cc")
                .isEqualTo(reordered.sha256());
        assertThat(new ChainHeadSet(List.of()).sha256())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void a_head_changed_at_any_aggregate_changes_the_hash() {
        String hash = new ChainHeadSet(List.of(new ChainHead("x", 1, A), new ChainHead("w", 0, B))).sha256();

        assertThat(new ChainHeadSet(List.of(new ChainHead("x", 2, A), new ChainHead("w", 0, B))).sha256()).isNotEqualTo(hash);
        assertThat(new ChainHeadSet(List.of(new ChainHead("x", 1, B), new ChainHead("w", 0, B))).sha256()).isNotEqualTo(hash);
        assertThat(new ChainHeadSet(List.of(new ChainHead("w", 0, B))).sha256()).isNotEqualTo(hash);
    }

    @Test
    void the_canonical_text_reads_back_to_the_same_heads_even_with_colons_in_an_id() {
        ChainHeadSet heads = new ChainHeadSet(List.of(new ChainHead("odd:id", 7, A), new ChainHead("laureate-1", 0, B)));

        assertThat(ChainHeadSet.parse(heads.canonical())).isEqualTo(heads);
        assertThat(ChainHeadSet.parse("")).isEqualTo(new ChainHeadSet(List.of()));
    }

    @Test
    void a_head_is_a_lower_case_sha256_and_an_id_without_line_feed() {
        assertThatThrownBy(() -> new ChainHead("x", 0, "ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainHead("x\ny", 0, A)).isInstanceOf(IllegalArgumentException.class);
    }
}
