export { buildSecret, buildSecretSchema, secretSpec, type BuildSecret } from './build-secret.js';
export { sshAgent, sshAgentSchema, sshSpec, type SshAgent } from './ssh-agent.js';
export { bakeContextValue, buildContext, buildContextSchema, contextDeclaration, type BuildContext, type ContextSource } from './build-context.js';
export { buildInputsSchema, type BuildInputs, type Entitlement } from './build-inputs.js';
export { buildInputCodes, type BuildInputCode } from './codes.js';
export { supplyChainSchema, type SupplyChain } from './supply-chain.js';
