<?php
/**
 * Try the hook's decision from a shell, without WordPress:
 *   php check.php "Post text" [photo.jpg ...]
 * Prints the status WordPress would store (publish, pending, draft) and why; exits 0, 1 or 2 like privacy-screen.
 * PRIVACY_SCREEN_URL and PRIVACY_SCREEN_KEY come from the environment.
 */

declare(strict_types=1);

require_once __DIR__ . '/privacy-screen-hook.php';

if ($argc < 2) {
    fwrite(STDERR, "usage: php check.php \"post text\" [photo ...]\n");
    exit(64);
}
$images = [];
foreach (array_slice($argv, 2) as $path) {
    $images[basename($path)] = $path;
}
$client = new PrivacyScreenClient(getenv('PRIVACY_SCREEN_URL') ?: 'http://127.0.0.1:8080', getenv('PRIVACY_SCREEN_KEY') ?: null);
$decision = privacy_screen_decide($client, $argv[1], $images, 'website');
echo $decision['status'], PHP_EOL;
foreach ($decision['reasons'] as $reason) {
    echo '  - ', $reason, PHP_EOL;
}
exit(['publish' => 0, 'pending' => 1, 'draft' => 2][$decision['status']]);
