-- Invented sample data.
INSERT INTO practice VALUES ('Harbour Lane Physio', '0113 496 0123', 'desk@harbourlane.example', '@harbourlanephysio',
    '9 Harbour Lane, Leeds LS2 7AA', 'harbourlane.example');
INSERT INTO patients VALUES ('P-1001', 'Maren', 'Okafor', 'Mo', '@maren.moves', '1990-06-14');
INSERT INTO patients VALUES ('P-1002', 'Tomas', 'Lindqvist', NULL, NULL, '1979-02-02');
INSERT INTO patients VALUES ('P-1003', 'Ivy', 'Brannigan', NULL, NULL, '2014-09-30');
INSERT INTO patients VALUES ('P-1004', 'Colm', 'Reddy', NULL, '@colmr', '1965-11-11');
INSERT INTO employees VALUES ('E-01', 'Hana Morales', '@physiohana');
INSERT INTO consent_forms VALUES ('F-501', 'P-1001', 'Y', TRUE, TRUE, TRUE, 'Instagram;Facebook', FALSE, 3,
    '2026-01-05', '2026-12-31', 'paper', 'E-01', NULL, NULL, NULL);
INSERT INTO consent_forms VALUES ('F-502', 'P-1002', 'Y', TRUE, TRUE, TRUE, 'ANY', FALSE, NULL,
    '2026-02-01', NULL, 'phone', 'E-01', NULL, NULL, NULL);
INSERT INTO consent_forms VALUES ('F-503', 'P-1003', 'Y', TRUE, TRUE, FALSE, 'ANY', FALSE, 1,
    '2026-03-01', NULL, 'paper', 'E-01', 'Ruth Brannigan', 'mother', NULL);
INSERT INTO consent_forms VALUES ('F-504', 'P-1004', 'N', FALSE, FALSE, FALSE, 'ANY', FALSE, NULL,
    '2026-04-01', NULL, 'email', 'E-01', NULL, NULL, NULL);
INSERT INTO consent_form_posts (form_no, post_ref, platform, posted) VALUES
    ('F-501', 'ig-2026-02-11', 'Instagram', TIMESTAMP WITH TIME ZONE '2026-02-11 09:00:00+00');
INSERT INTO patient_messages VALUES ('P-1004', 'Facebook', TIMESTAMP WITH TIME ZONE '2026-10-01 18:30:00+00', TRUE);
