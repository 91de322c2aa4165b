package org.privacyscreen.text.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HealthVocabularyTest {

    @Test
    void committedVocabularyIsWhatWordNetGives() throws IOException {
        assertThat(Files.readAllLines(HealthVocabularyGenerator.RESOURCE, StandardCharsets.UTF_8))
                .as("health-vocabulary.txt is generated: run HealthVocabularyGenerator.main")
                .isEqualTo(HealthVocabularyGenerator.generate());
    }

    @Test
    void committedOccupationsAreWhatWordNetGives() throws IOException {
        assertThat(Files.readAllLines(HealthVocabularyGenerator.OCCUPATIONS, StandardCharsets.UTF_8))
                .isEqualTo(HealthVocabularyGenerator.occupations());
    }

    @ParameterizedTest
    @CsvSource({"tinnitus, CONDITION", "melanoma, CONDITION", "syphilis, CONDITION", "scoliosis, CONDITION",
        "disulfiram, MEDICINE", "methadone, MEDICINE", "zoloft, MEDICINE", "diazepam, MEDICINE",
        "appendectomy, PROCEDURE", "colonoscopy, PROCEDURE", "diabetic, CONDITION", "heart attack, CONDITION",
        "crohn s disease, CONDITION"})
    void knowsConditionsProceduresAndMedicines(String term, HealthKind kind) {
        assertThat(HealthVocabulary.get().term(term)).map(HealthVocabulary.Entry::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"patient", "complaint", "cigarette", "vintage", "stroke", "cold", "fit", "run",
        "period", "brushing", "the shits"})
    void leavesOutWordsWhoseEverydaySenseComesFirst(String word) {
        // "stroke" is the hand lexicon's, not WordNet's: a golf stroke comes first there
        if (!word.equals("stroke")) {
            assertThat(HealthVocabulary.get().term(word)).isEmpty();
        }
        assertThat(HealthVocabulary.get().byForm(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"kienboeckitis, CONDITION", "neurofibromatosis, CONDITION", "osteosarcoma, CONDITION",
        "hypophosphatasia, CONDITION", "dupuytrenectomy, PROCEDURE", "arthroscopy, PROCEDURE",
        "semaglutidomab, MEDICINE", "tirzepatide, ", "rosuvastatin, MEDICINE", "esomeprazole, MEDICINE",
        "bradycardia, CONDITION", "dyscalculia, CONDITION"})
    void readsMedicalWordFormation(String word, HealthKind kind) {
        assertThat(HealthVocabulary.get().byForm(word)).isEqualTo(Optional.ofNullable(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"diploma", "oklahoma", "academia", "nostalgia", "telepathy", "symbiosis", "empathy",
        "magazine", "hypothesis", "hyperlink", "aroma", "photography", "australia"})
    void ordinaryWordsOfMedicalFormAreNotHealthTerms(String word) {
        assertThat(HealthVocabulary.get().byForm(word)).isEmpty();
    }
}
