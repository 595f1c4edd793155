// Mocha globals (describe, it, before…) that @web/test-runner provides in the browser.
/// <reference types="mocha" />
