// Next's App Router runs React's canary build: useActionState and useOptimistic are typed there
/// <reference types="react/canary" />
/// <reference types="react-dom/canary" />
