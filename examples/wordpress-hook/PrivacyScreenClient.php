<?php
/**
 * A small client for the Privacy Screen service (privacy-screen serve): screen a post, record its publication.
 * Plain PHP 7.4+ with no extension beyond the standard streams, so it runs on any WordPress host.
 */

declare(strict_types=1);

final class PrivacyScreenClient
{
    private string $baseUrl;
    private ?string $apiKey;
    private int $timeoutSeconds;

    public function __construct(string $baseUrl = 'http://127.0.0.1:8080', ?string $apiKey = null, int $timeoutSeconds = 30)
    {
        $this->baseUrl = rtrim($baseUrl, '/');
        $this->apiKey = $apiKey;
        $this->timeoutSeconds = $timeoutSeconds;
    }

    /**
     * Screens a post: $text, and $images as [file name => path on disk]. Returns the report (CONTRACT.md's Report
     * JSON as an array). Throws PrivacyScreenUnavailable when the service cannot answer: the caller must then hold
     * the post (fail closed), never publish it.
     */
    public function screen(string $text, array $images = [], array $fields = []): array
    {
        $post = array_merge(['text' => $text], $fields);
        $embedded = [];
        foreach ($images as $name => $path) {
            $bytes = @file_get_contents($path);
            if ($bytes === false) {
                throw new PrivacyScreenUnavailable('cannot read image ' . basename((string) $name));
            }
            $embedded[] = ['name' => basename((string) $name), 'data' => base64_encode($bytes)];
        }
        if ($embedded !== []) {
            $post['images'] = $embedded;
        }
        [$status, $body] = $this->request('POST', '/v1/screen', $post);
        if ($status !== 200) {
            throw new PrivacyScreenUnavailable(self::describe($status, $body));
        }
        return $body;
    }

    /**
     * Records that the post went out, counting one use of each consent the report relied on. Returns true on 201;
     * false on 409 (a consent was revoked, expired or used up meanwhile, or the service runs read-only): then do
     * not publish.
     */
    public function recordPublication(string $postId, array $consentIds, string $channel, ?DateTimeInterface $at = null): bool
    {
        $at = $at ?? new DateTimeImmutable('now', new DateTimeZone('UTC'));
        [$status, $body] = $this->request('POST', '/v1/publications', [
            'postId' => $postId,
            'consentIds' => array_values($consentIds),
            'channel' => $channel,
            'at' => $at->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d\TH:i:s\Z'),
        ]);
        if ($status === 201) {
            return true;
        }
        if ($status === 409) {
            return false;
        }
        throw new PrivacyScreenUnavailable(self::describe($status, $body));
    }

    /** What each finding type means in plain words (GET /v1/advice), to show to the person publishing. */
    public function advice(): array
    {
        [$status, $body] = $this->request('GET', '/v1/advice', null);
        if ($status !== 200) {
            throw new PrivacyScreenUnavailable(self::describe($status, $body));
        }
        return $body;
    }

    /** @return array{0: int, 1: array} the status and the decoded JSON body */
    private function request(string $method, string $path, ?array $json): array
    {
        $headers = ['Accept: application/json'];
        if ($this->apiKey !== null && $this->apiKey !== '') {
            $headers[] = 'Authorization: Bearer ' . $this->apiKey;
        }
        $options = ['method' => $method, 'timeout' => $this->timeoutSeconds, 'ignore_errors' => true];
        if ($json !== null) {
            $headers[] = 'Content-Type: application/json';
            $options['content'] = json_encode($json, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        }
        $options['header'] = implode("\r\n", $headers);
        $raw = @file_get_contents($this->baseUrl . $path, false, stream_context_create(['http' => $options]));
        if ($raw === false || !isset($http_response_header[0])) {
            throw new PrivacyScreenUnavailable('the Privacy Screen service did not answer at ' . $this->baseUrl);
        }
        $status = preg_match('#^HTTP/\S+\s+(\d{3})#', $http_response_header[0], $m) ? (int) $m[1] : 0;
        $body = json_decode($raw, true);
        return [$status, is_array($body) ? $body : []];
    }

    private static function describe(int $status, array $body): string
    {
        $error = isset($body['error']) && is_string($body['error']) ? $body['error'] : 'no details';
        $code = isset($body['code']) && is_string($body['code']) ? $body['code'] : 'UNKNOWN';
        return 'Privacy Screen answered ' . $status . ' ' . $code . ': ' . $error;
    }
}

/** The service could not screen the post: hold it for a person, never publish it on this. */
final class PrivacyScreenUnavailable extends RuntimeException
{
}
