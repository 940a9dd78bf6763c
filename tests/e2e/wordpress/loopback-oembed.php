<?php
/*
 * Plugin Name: Loopback oEmbed (the explainer's tests)
 * Description: Lets this test WordPress fetch oEmbed from the explainer on 127.0.0.1.
 *
 * The only change the tests make to WordPress (tests/e2e/wordpress.spec.ts): a must-use
 * plugin. WordPress refuses to fetch from loopback addresses, and from ports other than 80,
 * 443 and 8080 (wp_http_validate_url), as a guard against requests to a server's own
 * network; the explainer under test is on a loopback port. Everything else is WordPress as
 * Debian ships it.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
    return $external || $host === '127.0.0.1';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = parse_url($url, PHP_URL_PORT);
    return $host === '127.0.0.1' && $port ? array_merge($ports, [$port]) : $ports;
}, 10, 3);
