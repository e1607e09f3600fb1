// Every Mantine component's styles, downloaded with the pages that use more than the first screen
// (see router.tsx). Layered like critical-styles.ts, so loading them twice changes nothing.
import '@mantine/core/styles.layer.css';
