package org.privacyscreen.text.internal.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.text.Fixtures;

/**
 * Medical advice from a personal account found by its grammar (an instruction, a verb acting on a medicine, a
 * medicine or treatment), not by a dose and a unit. Written for these tests, in many wordings, with near-misses.
 */
class AdviceGeneralisationTest {
    private static boolean advises(String text) {
        return !new MedicalAdviceDetector().detect(Fixtures.context(Fixtures.personal(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Honestly just stop the isotretinoin for a week if your lips are that dry.",
        "Forgot your pill last night? Take two today and you'll be fine.",
        "You could alternate paracetamol and ibuprofen every 3 hrs for the fever.",
        "Go cold turkey on the sleeping tablets, it's the only way.",
        "If the patch isn't holding, double up for a day or two.",
        "No inhaler? Borrow your mate's, they're all the same.",
        "Ditch the antidepressants once you feel better, you don't need them forever.",
        "Why not top up with an extra dose of morphine when the pain spikes.",
        "Swap the steroid cream for coconut oil, works better imo.",
        "Pop a couple of antihistamines before bed and the itch goes.",
        "You should come off the statins before the trip.",
        "If the GP put you on a muscle relaxant, you can probably stop taking it after a couple of days."})
    void instructionsAboutMedicines(String text) {
        assertThat(advises(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Don't stop your antidepressants without talking to your GP first.",
        "Never change a dose on your own; your pharmacist can advise.",
        "Took my first paracetamol in a month after the marathon, legs are toast.",
        "Take care of yourselves this winter, folks!",
        "Stop by the bake sale at lunchtime.",
        "Try the new café on the corner, their scones are unreal.",
        "Our pharmacy team can talk you through your medicines.",
        "I switched to oat milk and never looked back.",
        "Skip the queue and book your flu jab online."})
    void nearMisses(String text) {
        assertThat(advises(text)).isFalse();
    }
}
