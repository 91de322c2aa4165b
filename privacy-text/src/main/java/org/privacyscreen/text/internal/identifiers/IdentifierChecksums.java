package org.privacyscreen.text.internal.identifiers;

/** Checksums and issuance rules of identifiers. */
public final class IdentifierChecksums {
    private IdentifierChecksums() {
    }

    public static String digits(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                b.append((char) ('0' + Character.digit(s.charAt(i), 10)));
            }
        }
        return b.toString();
    }

    /** NHS number: ten digits, weights 10..2, check digit 11 - (sum mod 11), 11 -> 0, 10 invalid. */
    public static boolean nhs(String d) {
        if (d.length() != 10 || d.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }

    /** US SSN issuance rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    public static boolean ssn(String d) {
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    /** UK National Insurance number prefix rules (letters in upper case, no spaces). */
    public static boolean nino(String s) {
        if (s.length() != 9) {
            return false;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        if ("DFIQUV".indexOf(a) >= 0 || "DFIQUVO".indexOf(b) >= 0) {
            return false;
        }
        String prefix = s.substring(0, 2);
        if (prefix.equals("BG") || prefix.equals("GB") || prefix.equals("NK") || prefix.equals("KN")
                || prefix.equals("TN") || prefix.equals("NT") || prefix.equals("ZZ")) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return "ABCD".indexOf(s.charAt(8)) >= 0;
    }

    /** Canadian social insurance number: nine digits, Luhn; 0 and 8 are not issued as first digits. */
    public static boolean sin(String d) {
        return d.length() == 9 && d.charAt(0) != '0' && d.charAt(0) != '8' && luhn(d) && !sameDigit(d);
    }

    /** Australian tax file number: nine digits, weights 1 4 3 7 5 8 6 9 10, sum divisible by 11. */
    public static boolean tfn(String d) {
        if (d.length() != 9 || sameDigit(d)) {
            return false;
        }
        int[] w = {1, 4, 3, 7, 5, 8, 6, 9, 10};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * w[i];
        }
        return sum % 11 == 0;
    }

    /**
     * Australian Medicare card number: ten digits (an eleventh, the person's position on the card, may follow);
     * the first is 2 to 6, the ninth a check digit over the first eight (weights 1 3 7 9 1 3 7 9, mod 10).
     */
    public static boolean auMedicare(String d) {
        if (d.length() < 10 || d.length() > 11 || d.charAt(0) < '2' || d.charAt(0) > '6') {
            return false;
        }
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (d.charAt(i) - '0') * w[i];
        }
        return sum % 10 == d.charAt(8) - '0';
    }

    /**
     * Irish personal public service number: seven digits and a check letter, optionally a second letter (A, B, H
     * or W). The check letter is the weighted sum (8 to 2 over the digits, 9 times the second letter's place in
     * the alphabet) mod 23, with 0 written W.
     */
    public static boolean ppsn(String digits, char check, char second) {
        if (digits.length() != 7) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        char s = Character.toUpperCase(second);
        if (s != 0 && s != 'W') {
            sum += 9 * (s - 'A' + 1);
        }
        int r = sum % 23;
        char expected = r == 0 ? 'W' : (char) ('A' + r - 1);
        return Character.toUpperCase(check) == expected;
    }

    /**
     * US Medicare beneficiary identifier: eleven characters, digit-letter-alphanumeric-digit, letter-alphanumeric-
     * digit, letter-letter-digit-digit; letters never S, L, O, I, B or Z; the first digit never 0.
     */
    public static boolean mbi(String v) {
        String u = v.toUpperCase(java.util.Locale.ROOT);
        if (u.length() != 11) {
            return false;
        }
        String shape = "CAPNAPNAANN"; // C: 1-9, A: letter, N: digit, P: letter or digit
        for (int i = 0; i < 11; i++) {
            char c = u.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
            boolean ok = switch (shape.charAt(i)) {
                case 'C' -> digit && c != '0';
                case 'A' -> letter;
                case 'N' -> digit;
                default -> digit || letter;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDigit(String d) {
        for (int i = 1; i < d.length(); i++) {
            if (d.charAt(i) != d.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    public static boolean luhn(String d) {
        int sum = 0;
        boolean twice = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (twice) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Known issuer ranges and lengths: Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay. */
    public static boolean cardIssuer(String d) {
        int len = d.length();
        int p1 = d.charAt(0) - '0';
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15;
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) {
            return len >= 16 && len <= 19;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16 && len <= 19;
        }
        if (p2 == 36 || (p3 >= 300 && p3 <= 305) || p2 == 38 || p2 == 39) {
            return len >= 14 && len <= 19;
        }
        if (p2 == 62) {
            return len >= 16 && len <= 19;
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
            return len >= 12 && len <= 19;
        }
        return false;
    }
}
