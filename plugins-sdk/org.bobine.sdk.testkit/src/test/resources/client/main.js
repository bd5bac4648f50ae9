export default function register({ registerHook }) {}
