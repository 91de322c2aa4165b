package org.privacyscreen.text.internal.context;

import java.util.List;
import java.util.Set;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;
import org.privacyscreen.text.internal.health.HealthTerms;

/**
 * The grammar of telling a reader what to do with a medicine or a treatment: an instruction (an imperative, "you
 * should/could/need to", "I'd", "try", "why not", "best to") whose verb acts on a medicine ("take", "stop",
 * "come off", "double up", "swap", "top up", "go cold turkey") and a medicine, a class of them, a dose or a
 * treatment in the same sentence; or taking someone else's medicine. A sentence that sends the reader to a
 * professional ("talk to your GP first") is safe advice.
 */
final class AdviceGrammar {
    /** Verbs (base form) that act on a medicine or a treatment. */
    private static final Set<String> VERBS = Set.of("take", "stop", "start", "quit", "skip", "double", "halve",
            "cut", "drop", "ditch", "swap", "switch", "alternate", "top", "up", "increase", "reduce", "lower", "raise",
            "use", "apply", "pop", "have", "go", "try", "borrow", "share", "mix", "combine", "crush", "chew",
            "put", "pour", "squirt", "rinse", "flush", "come", "wean", "taper", "keep", "give", "bin", "lay",
            "avoid", "miss", "save", "split", "store", "chuck", "knock", "sub", "substitute", "add", "self-medicate",
            "medicate", "inject", "dose", "ice", "rest", "stretch", "massage", "soak", "syringe", "dab");
    /** Words after which a verb is an instruction to the reader. */
    private static final Set<String> INSTRUCTING = Set.of("just", "simply", "only", "always", "never", "dont",
            "don't", "do", "please", "then", "so", "and", "or", "maybe", "honestly", "tip", "hack", "trick");
    /** Words that start the object of an order: "Ditch the ...", "Pop a couple of ...", "Take two". */
    private static final Set<String> OBJECT_START = Set.of("the", "your", "a", "an", "my", "those", "these", "them",
            "it", "some", "all", "two", "one", "half", "both", "another", "extra", "off", "up", "in");
    private static final Set<String> ADVERBS = Set.of("probably", "easily", "safely", "definitely", "totally",
            "also", "honestly", "maybe", "really", "prob", "defo", "def", "deffo", "actually", "literally");
    private static final Set<String> SECOND_PERSON_MODALS = Set.of("should", "could", "can", "need", "must",
            "might", "ought", "want", "d", "would", "better", "gotta", "have", "got");
    /** Idioms of changing or stopping a medicine. */
    private static final String[][] IDIOMS = {{"cold", "turkey"}, {"double", "up"}, {"top", "up"}, {"wean", "off"},
        {"come", "off"}, {"coming", "off"}, {"get", "off"}, {"give", "it", "a", "miss"}, {"knock", "it", "on"},
        {"two", "at", "once"}, {"an", "extra", "one"}, {"extra", "dose"}, {"take", "two"}, {"take", "both"}};
    /** Words for a medicine, a dose or a treatment that the vocabulary may not hold. */
    private static final Set<String> DOSE_WORDS = Set.of("dose", "doses", "dosage", "meds", "medication",
            "medications", "medicine", "medicines", "tablet", "tablets", "pill", "pills", "capsule", "capsules",
            "drops", "spray", "cream", "patch", "patches", "inhaler", "puffer", "jab", "injection", "prescription",
            "script", "painkillers", "antibiotics", "plan", "regime", "course");
    /** Sending the reader to a professional: safe advice. */
    private static final Set<String> PROFESSIONALS = Set.of("gp", "doctor", "doc", "pharmacist", "nurse",
            "prescriber", "consultant", "specialist", "dentist", "physician", "midwife", "111", "team");
    private static final Set<String> DEFERRING = Set.of("talk", "speak", "ask", "check", "see", "call", "consult",
            "without", "contact", "chat");
    private static final Set<String> POSSESSED = Set.of("partner", "partners", "mum", "mums", "mom", "moms", "dad",
            "dads", "husband", "husbands", "wife", "wifes", "friend", "friends", "sister", "sisters", "brother",
            "brothers", "nan", "nans", "someone", "someones", "mate", "mates", "flatmate", "flatmates", "kid", "kids",
            "else", "elses");

    private AdviceGrammar() {
    }

    /** Whether sentence {@code s} tells the reader what to do with a medicine or a treatment. */
    static boolean advises(TextAnalysis a, HealthTerms terms, int s) {
        int first = a.sentenceFirst(s);
        int end = a.sentenceEnd(s);
        boolean instruction = false;
        // "No inhaler? Borrow your mate's.": a question just before can hold the medicine
        boolean question = s > 0 && a.sentenceEnd(s - 1) > a.sentenceFirst(s - 1)
                && a.token(a.sentenceEnd(s - 1) - 1).text().equals("?") && end - first <= 20;
        boolean medicine = question && terms.inSentence(s - 1);
        int verbAt = -1;
        boolean doseWord = false;
        boolean idiom = false;
        boolean otherPersons = false;
        boolean deferral = false;
        boolean professional = false;
        Token prevWord = null;
        for (int i = first; i < end; i++) {
            Token t = a.token(i);
            if (!t.word()) {
                if (t.text().equals(":") || t.text().equals("?") || t.text().equals("!")) {
                    prevWord = null; // "Can't sleep? Take two" : a new clause starts
                }
                continue;
            }
            String w = t.lower();
            if (verbAt >= 0 && i > verbAt + 1 && otherVerb(a, t)) {
                verbAt = Integer.MIN_VALUE / 2; // "Skip the queue and book your jab": the order's object has ended
            }
            // "stop taking it": a pronoun after the order stands for a medicine named before it
            boolean pronoun = verbAt >= 0 && i - verbAt <= 3 && (t.is("it") || t.is("them") || t.is("those"))
                    && termBefore(terms, verbAt, s);
            boolean object = DOSE_WORDS.contains(w) || termAt(terms, t) || pronoun;
            if (object && (verbAt == -1 || i - verbAt <= 7)) {
                doseWord |= DOSE_WORDS.contains(w);
                medicine |= termAt(terms, t) || pronoun;
            }
            professional |= PROFESSIONALS.contains(w);
            deferral |= DEFERRING.contains(w);
            Token next = a.next(t);
            if (verbAt < 0 && VERBS.contains(w) && imperative(a, t, prevWord) && !(next != null && next.is("care"))) {
                instruction = true;
                verbAt = i;
                medicine = question && medicine; // from here on an object must follow the order
                doseWord = false;
            }
            if (idiomAt(a, i, end)) {
                idiom = true;
            }
            if (POSSESSED.contains(w) && possessive(a, t)) {
                otherPersons = true;
            }
            prevWord = t;
        }
        if (deferral && professional) {
            return false;
        }
        boolean object = medicine || doseWord;
        return instruction && (object || idiom) || idiom && object || otherPersons && object && instruction;
    }

    /**
     * Whether verb {@code t} gives an order: first in its clause, after "just/don't/then...", or after "you"
     * with a modal ("you should take", "you could just stop", "I'd swap"), or after "try" / "why not" / "best to".
     */
    private static boolean imperative(TextAnalysis a, Token t, Token prev) {
        while (prev != null && ADVERBS.contains(prev.lower())) {
            prev = a.previousWord(prev); // "you can probably stop", "you could easily drop"
        }
        if (prev == null) {
            String tag = a.tag(t);
            Token n = a.next(t);
            // a capital at the start of a clause can fool the tagger: "Pop a couple of...", "Ditch the ..."
            return tag == null || tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB")
                    || n != null && n.word() && OBJECT_START.contains(n.lower());
        }
        if (INSTRUCTING.contains(prev.lower())) {
            return true;
        }
        if (prev.is("to") || prev.is("try") || prev.is("not")) {
            Token p2 = a.previousWord(prev);
            return prev.is("try") || p2 != null && (p2.is("best") || p2.is("better") || p2.is("need") || p2.is("want")
                    || p2.is("why") || p2.is("got") || p2.is("have") || p2.is("ought"));
        }
        if (SECOND_PERSON_MODALS.contains(prev.lower())) {
            Token p2 = a.previousWord(prev);
            return p2 != null && (p2.is("you") || p2.is("u") || p2.is("i") || p2.is("ya") || p2.is("youd"));
        }
        return false;
    }

    /** A verb that starts another clause: the object of an order does not run past it. */
    private static boolean otherVerb(TextAnalysis a, Token t) {
        if (VERBS.contains(t.lower()) || t.lower().endsWith("ing") || t.lower().endsWith("ed")) {
            return false;
        }
        String tag = a.tag(t);
        return tag != null && (tag.equals("VERB") || tag.startsWith("VB"));
    }

    private static boolean termBefore(HealthTerms terms, int index, int s) {
        List<HealthTerms.Term> in = terms.in(s);
        return !in.isEmpty() && in.get(0).last().index() < index;
    }

    private static boolean termAt(HealthTerms terms, Token t) {
        return terms.inSentence(t.sentence()) && terms.overlaps(t.index(), t.index());
    }

    private static boolean idiomAt(TextAnalysis a, int i, int end) {
        for (String[] idiom : IDIOMS) {
            int k = i;
            int j = 0;
            while (j < idiom.length && k < end) {
                Token x = a.token(k);
                if (x.word()) {
                    if (!x.is(idiom[j])) {
                        break;
                    }
                    j++;
                }
                k++;
            }
            if (j == idiom.length) {
                return true;
            }
        }
        return false;
    }

    /** "your partner's", "someone else's", "mum's": a medicine that is not the reader's. */
    private static boolean possessive(TextAnalysis a, Token t) {
        Token n = a.next(t);
        if (t.lower().endsWith("s") && t.lower().length() > 3 && !POSSESSED.contains(t.lower().substring(0,
                t.lower().length() - 1))) {
            return false;
        }
        return n != null && (n.text().equals("'") || n.text().equals("’")) || t.is("else") || t.lower().endsWith("s");
    }
}
