// The styles the front door needs beyond the first screen's (app/critical-styles.ts), so a visitor's
// phone does not wait for all of Mantine's; layered like those, so loading them twice changes nothing.
import '@mantine/core/styles/List.layer.css';
import '@mantine/core/styles/SimpleGrid.layer.css';
import '@mantine/core/styles/Card.layer.css';
import '@mantine/core/styles/Badge.layer.css';
import '@mantine/core/styles/Pagination.layer.css';
