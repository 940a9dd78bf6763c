<?php
// Installs the test site without WordPress's web installer, and publishes the spec's posts:
//   WORDPRESS_CONFIG=<name> php install.php <home URL> <posts as JSON: {"title": "content"}>
// Prints the posts' addresses as JSON, by title. Run by wordpress.ts, as the user whose
// configuration file /etc/wordpress/config-<name>.php names the database.
define('WP_INSTALLING', true);
[, $home, $posts] = $argv;
$_SERVER['HTTP_HOST'] = parse_url($home, PHP_URL_HOST) . ':' . parse_url($home, PHP_URL_PORT);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$site = wp_install('A newsroom', 'editor', 'editor@example.invalid', false, '', wp_generate_password());
update_option('home', $home);
update_option('siteurl', $home);
// As an editor would write them: a newsroom's editors may post any markup.
wp_set_current_user($site['user_id']);
$out = [];
foreach (json_decode($posts, true) as $title => $content) {
    $id = wp_insert_post(['post_title' => $title, 'post_content' => $content, 'post_status' => 'publish'], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "install.php: post '$title': " . $id->get_error_message() . "\n");
        exit(1);
    }
    $out[$title] = get_permalink($id);
}
echo json_encode($out), "\n";
