<?php
/**
 * Plugin Name: Privacy Screen pre-publication check
 * Description: Screens every post with the Privacy Screen service before it is published. BLOCK keeps it a draft,
 *              REVIEW sends it for review (pending), ALLOW lets it go out and counts the consents it relies on.
 *              When the service cannot answer, the post is held for review: never published unchecked.
 * Version: 0.1.0
 * License: Apache-2.0
 *
 * Settings (wp-config.php): PRIVACY_SCREEN_URL (default http://127.0.0.1:8080), PRIVACY_SCREEN_KEY (an API key of
 * the service's --api-keys file), PRIVACY_SCREEN_CHANNEL (default "website").
 */

declare(strict_types=1);

require_once __DIR__ . '/PrivacyScreenClient.php';

/**
 * The decision for a post about to be published: the post status to store and, when it is held, why (finding
 * titles in plain words). Pure: no WordPress call, so it can be tested on its own.
 *
 * @return array{status: string, reasons: string[], consents: string[]}
 */
function privacy_screen_decide(PrivacyScreenClient $client, string $html, array $images, string $channel): array
{
    // the service screens text: the post's own markup is not part of what readers see
    $text = trim(html_entity_decode(strip_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8'));
    if ($text === '' && $images === []) {
        return ['status' => 'publish', 'reasons' => [], 'consents' => []];
    }
    try {
        $report = $client->screen($text, $images, ['channel' => $channel, 'purpose' => 'social_post']);
    } catch (PrivacyScreenUnavailable $e) {
        return ['status' => 'pending', 'reasons' => ['The privacy check could not run: ' . $e->getMessage()], 'consents' => []];
    }
    $titles = [];
    try {
        $advice = $client->advice();
        foreach ($report['findings'] ?? [] as $finding) {
            if (($finding['severity'] ?? '') !== 'LOW') {
                $titles[] = $advice['types'][$finding['type']]['title'] ?? $finding['type'];
            }
        }
    } catch (PrivacyScreenUnavailable $e) {
        $titles[] = 'See the Privacy Screen review page for details.';
    }
    $status = ['ALLOW' => 'publish', 'REVIEW' => 'pending', 'BLOCK' => 'draft'][$report['verdict'] ?? ''] ?? 'pending';
    return ['status' => $status, 'reasons' => array_values(array_unique($titles)), 'consents' => $report['consentsUsed'] ?? []];
}

if (function_exists('add_filter')) {
    /** Before WordPress stores a post that is being published: screen it, and hold it when it must not go out. */
    add_filter('wp_insert_post_data', static function (array $data, array $postarr): array {
        if (($data['post_status'] ?? '') !== 'publish' || ($data['post_type'] ?? '') !== 'post') {
            return $data;
        }
        $client = new PrivacyScreenClient(
            defined('PRIVACY_SCREEN_URL') ? PRIVACY_SCREEN_URL : 'http://127.0.0.1:8080',
            defined('PRIVACY_SCREEN_KEY') ? PRIVACY_SCREEN_KEY : null
        );
        $images = [];
        if (!empty($postarr['ID'])) {
            foreach (get_attached_media('image', (int) $postarr['ID']) as $attachment) {
                $path = get_attached_file($attachment->ID);
                if (is_string($path) && is_readable($path)) {
                    $images[basename($path)] = $path;
                }
            }
        }
        $channel = defined('PRIVACY_SCREEN_CHANNEL') ? PRIVACY_SCREEN_CHANNEL : 'website';
        $decision = privacy_screen_decide($client, (string) wp_unslash($data['post_content']), $images, $channel);
        if ($decision['status'] === 'publish' && $decision['consents'] !== [] && !empty($postarr['ID'])) {
            // count the consents as the post goes out; a consent used up meanwhile holds it back
            if (!$client->recordPublication((string) $postarr['ID'], $decision['consents'], $channel)) {
                $decision = ['status' => 'draft', 'reasons' => ['A consent this post relies on was withdrawn or used up.'], 'consents' => []];
            }
        }
        if ($decision['status'] !== 'publish') {
            $data['post_status'] = $decision['status'];
            set_transient('privacy_screen_notice_' . get_current_user_id(), $decision['reasons'], 300);
        }
        return $data;
    }, 10, 2);

    /** Tells the author why the post was held, once, in plain words. */
    add_action('admin_notices', static function (): void {
        $key = 'privacy_screen_notice_' . get_current_user_id();
        $reasons = get_transient($key);
        if (!is_array($reasons)) {
            return;
        }
        delete_transient($key);
        echo '<div class="notice notice-warning"><p><strong>' . esc_html__('Privacy Screen held this post back:')
            . '</strong></p><ul>';
        foreach ($reasons as $reason) {
            echo '<li>' . esc_html((string) $reason) . '</li>';
        }
        echo '</ul></div>';
    });
}
