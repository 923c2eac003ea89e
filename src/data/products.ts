/**
 * Product registry: every Google Cloud product and open-source tool the exam
 * guide names or the study pages discuss. Pages refer to products by `id` and
 * look names up here, so a rename is a one-line change.
 *
 * `formerNames[].until` is the year the old name stopped being current.
 * Renames checked (November 2026) against Google's name-change table
 * https://docs.cloud.google.com/gemini-enterprise-agent-platform/vertex-ai-name-changes
 * and the April 22, 2026 naming-changes list in
 * https://docs.cloud.google.com/gemini-enterprise-agent-platform/release-notes
 * (whose short forms, "Agent Platform X" and "X on Agent Platform", expand to
 * "Gemini Enterprise Agent Platform X" and "X on Gemini Enterprise Agent Platform").
 * Products outside Vertex AI were checked against their own documentation.
 *
 * `summary` is our own one-line answer to "what is it for in this exam"; the
 * glossary page (/products-and-names/) shows it with the names. `status` dates
 * come only from the official deprecation, lifecycle or release-notes page in
 * its `source` (checked November 2026); a status that could not be confirmed
 * there is left out.
 */
import { z } from 'astro/zod';
import { productSchema, type Product } from '../schemas/registry';

const AP = 'https://docs.cloud.google.com/gemini-enterprise-agent-platform';
const VX = 'https://docs.cloud.google.com/vertex-ai/docs';

const data = [
	// Gemini Enterprise Agent Platform (formerly Vertex AI)
	{
		id: 'vertex-ai',
		name: 'Gemini Enterprise Agent Platform',
		summary:
			"Google Cloud's managed platform for the whole ML lifecycle, from data and training to serving and MLOps; most answers beyond SQL and pre-trained APIs live here.",
		formerNames: [
			{ name: 'Vertex AI', until: 2026 },
			{ name: 'AI Platform', until: 2021 },
		],
		aliases: ['Agent Platform', 'Vertex', 'GEAP', 'Vertex AI Platform', 'Cloud ML Engine', 'CMLE'],
		category: 'ai-platform',
		docs: `${AP}/overview`,
	},
	{
		id: 'automl',
		name: 'AutoML on Gemini Enterprise Agent Platform',
		summary:
			'Trains tabular (classification, regression, forecasting) and image models from labeled data with no model code; the pick for a team with data but little ML expertise.',
		formerNames: [
			{ name: 'Vertex AI AutoML', until: 2026 },
			{ name: 'AutoML Tables', until: 2021 },
		],
		aliases: [
			'Agent Platform AutoML',
			'AutoML',
			'AutoML Tables',
			'AutoML Vision',
			'AutoML Natural Language',
			'AutoML Video Intelligence',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/training/automl-training-overview`,
	},
	{
		id: 'tabular-workflows',
		name: 'Tabular Workflows on Agent Platform',
		summary:
			'Managed, configurable pipelines for tabular AutoML (End-to-End AutoML, TabNet, Wide & Deep, forecasting) when you need more control than plain AutoML gives.',
		formerNames: [{ name: 'Tabular Workflows on Vertex AI', until: 2026 }],
		aliases: [
			'Tabular Workflows',
			'Vertex AI Tabular Workflows',
			'End-to-End AutoML',
			'TabNet',
			'Wide & Deep workflow',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/tabular-data/tabular-workflows/overview`,
	},
	{
		id: 'agent-platform-datasets',
		name: 'Managed datasets on Gemini Enterprise Agent Platform',
		summary:
			'Managed datasets that hold and label training data for AutoML and custom training, with repeatable splits and lineage to the models trained on them.',
		formerNames: [{ name: 'Vertex AI datasets', until: 2026 }],
		aliases: ['managed datasets', 'Agent Platform datasets', 'Vertex AI datasets', 'labeling jobs'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/datasets/overview`,
	},
	{
		id: 'workbench',
		name: 'Gemini Enterprise Agent Platform Workbench',
		summary:
			'Managed JupyterLab instances for exploration and prototyping, with BigQuery, Cloud Storage and Spark built in, idle shutdown and a choice of GPUs.',
		formerNames: [
			{ name: 'Vertex AI Workbench', until: 2026 },
			{ name: 'AI Platform Notebooks', until: 2021 },
		],
		aliases: [
			'Agent Platform Workbench',
			'Workbench',
			'Workbench instances',
			'Agent Platform Notebooks',
			'managed notebooks',
			'user-managed notebooks',
			'JupyterLab',
		],
		category: 'ai-platform',
		docs: `${AP}/notebooks/workbench/introduction`,
	},
	{
		id: 'colab-enterprise',
		name: 'Colab Enterprise',
		summary:
			'Managed Colab notebooks on Google Cloud runtimes, shared through IAM; quicker to start than Workbench, with less control over the environment.',
		aliases: ['Colab', 'Agent Platform Colab Enterprise', 'Vertex AI Colab Enterprise'],
		category: 'ai-platform',
		docs: 'https://docs.cloud.google.com/colab/docs/introduction',
	},
	{
		id: 'custom-training',
		name: 'Gemini Enterprise Agent Platform serverless training',
		summary:
			'Runs your own training code in prebuilt or custom containers on managed CPUs, GPUs and TPUs, including distributed jobs, when AutoML or SQL cannot express the model.',
		formerNames: [
			{ name: 'Vertex AI serverless training', until: 2026 },
			{ name: 'AI Platform Training', until: 2021 },
		],
		aliases: [
			'Agent Platform Serverless Training',
			'Agent Platform custom training',
			'Vertex AI custom training',
			'custom training',
			'CustomJob',
			'training pipeline',
			'Reduction Server',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/training/overview`,
	},
	{
		id: 'vizier',
		name: 'Agent Platform Vizier',
		summary:
			'Black-box optimization service behind hyperparameter tuning jobs: searches learning rates, layer sizes and other settings with Bayesian optimization.',
		formerNames: [{ name: 'Vertex AI Vizier', until: 2026 }],
		aliases: ['Vizier', 'hyperparameter tuning', 'HyperparameterTuningJob'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/vizier/overview`,
	},
	{
		id: 'feature-store',
		name: 'Gemini Enterprise Agent Platform Feature Store',
		summary:
			'Serves features online at low latency from BigQuery source data, so training and serving read the same values and training-serving skew is avoided.',
		formerNames: [{ name: 'Vertex AI Feature Store', until: 2026 }],
		aliases: [
			'Agent Platform Feature Store',
			'Feature Store on Gemini Enterprise Agent Platform',
			'Feature Store',
			'feature online store',
			'Feature Store (Legacy)',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/featurestore/latest/overview`,
	},
	{
		id: 'model-registry',
		name: 'Gemini Enterprise Agent Platform Model Registry',
		summary:
			'Central catalog of model versions and aliases that you evaluate, deploy and roll back, including models trained with BigQuery ML and AutoML.',
		formerNames: [{ name: 'Vertex AI Model Registry', until: 2026 }],
		aliases: ['Agent Platform Model Registry', 'Model Registry', 'model versions', 'model aliases'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/model-registry/introduction`,
	},
	{
		id: 'inference',
		name: 'Gemini Enterprise Agent Platform Inference',
		summary:
			'Serves models from online endpoints with autoscaling and traffic splitting, and scores large datasets offline with batch inference jobs.',
		formerNames: [
			{ name: 'Vertex AI Inference', until: 2026 },
			{ name: 'Vertex AI Prediction', until: 2026 },
			{ name: 'AI Platform Prediction', until: 2021 },
		],
		aliases: [
			'Agent Platform Inference',
			'Agent Platform Online Inference',
			'Agent Platform Batch Inference',
			'Agent Platform Endpoints',
			'online prediction',
			'batch prediction',
			'endpoints',
			'Vertex AI endpoints',
			'private endpoints',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/predictions/overview`,
	},
	{
		id: 'pipelines',
		name: 'Gemini Enterprise Agent Platform Pipelines',
		summary:
			'Serverless runner for Kubeflow Pipelines and TFX pipelines: orchestrates and caches ML workflow steps and records their artifacts and lineage.',
		formerNames: [
			{ name: 'Vertex AI Pipelines', until: 2026 },
			{ name: 'AI Platform Pipelines', until: 2021 },
		],
		aliases: ['Agent Platform Pipelines', 'Vertex Pipelines', 'KFP on Vertex'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/pipelines/introduction`,
	},
	{
		id: 'experiments',
		name: 'Experiments on Gemini Enterprise Agent Platform',
		summary:
			'Tracks the parameters and metrics of training runs, including autologging, so you can compare approaches and reproduce the best one.',
		formerNames: [{ name: 'Vertex AI Experiments', until: 2026 }],
		aliases: [
			'Experiments on Agent Platform',
			'Gemini Enterprise Agent Platform Experiments',
			'experiment tracking',
			'autologging',
		],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/experiments/intro-vertex-ai-experiments`,
	},
	{
		id: 'ml-metadata',
		name: 'Gemini Enterprise Agent Platform ML Metadata',
		summary:
			'Stores the artifacts, executions and lineage of pipeline runs, answering which data and code produced a model, for audits and reproducibility.',
		formerNames: [{ name: 'Vertex ML Metadata', until: 2026 }],
		aliases: ['Agent Platform ML Metadata', 'lineage', 'MLMD', 'metadata store'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/ml-metadata/introduction`,
	},
	{
		// Current Agent Platform docs still call it Vertex AI TensorBoard; no new name is published.
		id: 'tensorboard',
		name: 'Vertex AI TensorBoard',
		summary:
			'Managed TensorBoard for visualizing training curves and profiling training jobs to find input-pipeline or accelerator bottlenecks.',
		aliases: ['TensorBoard', 'Agent Platform TensorBoard', 'profiler'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/experiments/tensorboard-setup`,
	},
	{
		id: 'model-monitoring',
		name: 'Model Monitoring on Gemini Enterprise Agent Platform',
		summary:
			'Detects training-serving skew and prediction drift in the inputs of deployed models and raises alerts; v1 watches endpoints, v2 watches model versions served anywhere.',
		formerNames: [{ name: 'Vertex AI Model Monitoring', until: 2026 }],
		aliases: ['Model Monitoring on Agent Platform', 'skew detection', 'drift detection', 'Model Monitoring v2'],
		category: 'ai-platform',
		docs: `${VX}/model-monitoring/overview`,
	},
	{
		// Current docs still use the Vertex name; the feature is deprecated rather than renamed.
		id: 'explainable-ai',
		name: 'Vertex Explainable AI',
		summary:
			'Returns feature attributions (Sampled Shapley, integrated gradients, XRAI) and example-based explanations for predictions; deprecated, so check its status first.',
		aliases: ['XAI', 'Explainable AI', 'feature attributions', 'Sampled Shapley', 'integrated gradients', 'XRAI'],
		category: 'ai-platform',
		docs: `${VX}/explainable-ai/overview`,
		status: { state: 'deprecated', date: '2026-03-16', shutdown: '2027-03-16', source: `${VX}/deprecations` },
	},
	{
		id: 'ray-on-agent-platform',
		name: 'Ray on Gemini Enterprise Agent Platform',
		summary:
			'Managed Ray clusters for scaling existing Ray code for data processing, training and tuning without operating Ray on GKE yourself.',
		formerNames: [{ name: 'Ray on Vertex AI', until: 2026 }],
		aliases: ['Ray on Agent Platform', 'Ray'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/open-source/ray`,
	},
	// Generative AI
	{
		id: 'model-garden',
		name: 'Gemini Enterprise Agent Platform Model Garden',
		summary:
			'Catalog for finding, trying, tuning and deploying Google, partner and open models such as Gemma and Llama, as managed APIs or on your own endpoints.',
		formerNames: [{ name: 'Vertex AI Model Garden', until: 2026 }],
		aliases: ['Model Garden', 'model as a service', 'MaaS', 'open models'],
		category: 'generative-ai',
		docs: `${AP}/models/model-garden/explore-models`,
	},
	{
		id: 'agent-studio',
		name: 'Agent Studio on Gemini Enterprise Agent Platform',
		summary:
			'Console workspace for designing and testing prompts and low-code agents against Gemini and other models before you write code.',
		formerNames: [{ name: 'Vertex AI Studio', until: 2026 }],
		aliases: ['Agent Studio', 'Vertex AI Studio', 'prompt design'],
		category: 'generative-ai',
		docs: `${AP}/build`,
	},
	{
		id: 'gemini',
		name: 'Gemini on Gemini Enterprise Agent Platform',
		summary:
			"Google's multimodal foundation models for text, code, image, audio and video tasks: prompt, ground or tune them instead of training a model from scratch.",
		formerNames: [{ name: 'Gemini on Vertex AI', until: 2026 }],
		aliases: ['Gemini', 'Gemini on Agent Platform', 'Gemini API', 'Gemini Pro', 'Gemini Flash'],
		category: 'generative-ai',
		docs: `${AP}/models`,
	},
	{
		id: 'imagen',
		name: 'Imagen on Gemini Enterprise Agent Platform',
		summary:
			"Google's text-to-image generation and editing models; shut down, so image generation on the platform now uses Gemini image models.",
		formerNames: [{ name: 'Imagen on Vertex AI', until: 2026 }],
		aliases: ['Imagen', 'Imagen on Agent Platform', 'image generation'],
		category: 'generative-ai',
		docs: `${AP}/models`,
		status: {
			state: 'shut-down',
			date: '2026-08-17',
			replacement: 'Gemini image models',
			source: 'https://firebase.google.com/docs/ai-logic/imagen-models-migration',
		},
	},
	{
		id: 'veo',
		name: 'Veo on Gemini Enterprise Agent Platform',
		summary: "Google's video generation models, which create short clips from text or image prompts.",
		formerNames: [{ name: 'Veo on Vertex AI', until: 2026 }],
		aliases: ['Veo', 'Veo on Agent Platform', 'video generation'],
		category: 'generative-ai',
		docs: `${AP}/models`,
	},
	{
		// Agent Builder was folded into Gemini Enterprise Agent Platform on April 22, 2026 and no
		// longer has a product name of its own; the label below is descriptive, not official.
		id: 'agent-builder',
		name: 'Gemini Enterprise Agent Platform (agent building)',
		summary:
			'Tools for building, grounding and deploying AI agents, such as the Agent Development Kit and Agent Garden, now part of Agent Platform rather than a product of their own.',
		formerNames: [
			{ name: 'Vertex AI Agent Builder', until: 2026 },
			{ name: 'Vertex AI Search and Conversation', until: 2024 },
			{ name: 'Generative AI App Builder', until: 2023 },
		],
		aliases: ['Agent Builder', 'Gen App Builder', 'ADK', 'Agent Development Kit', 'Agent Garden'],
		category: 'generative-ai',
		docs: `${AP}/build`,
	},
	{
		id: 'agent-runtime',
		name: 'Agent Runtime',
		summary:
			'Managed runtime that deploys and scales agents built with ADK, LangChain or other frameworks, with sessions and Memory Bank to keep their state.',
		formerNames: [{ name: 'Vertex AI Agent Engine', until: 2026 }],
		aliases: [
			'Agent Platform Runtime',
			'Agent Engine',
			'Vertex AI Agent Engine',
			'Reasoning Engine',
			'reasoningEngines',
			'Agent Platform Sessions',
			'Agent Platform Memory Bank',
			'Memory Bank',
		],
		category: 'generative-ai',
		docs: `${AP}/build/runtime`,
	},
	{
		id: 'agent-search',
		name: 'Agent Search on Gemini Enterprise Agent Platform',
		summary:
			'Managed search and retrieval over your websites and documents, used to build enterprise search apps and to ground Gemini answers in your content.',
		formerNames: [
			{ name: 'Vertex AI Search', until: 2026 },
			{ name: 'AI Applications', until: 2025 },
			{ name: 'Enterprise Search on Generative AI App Builder', until: 2023 },
		],
		aliases: ['Agent Search', 'Vertex AI Search', 'AI Applications', 'enterprise search', 'search app', 'data store'],
		category: 'generative-ai',
		docs: 'https://docs.cloud.google.com/generative-ai-app-builder/docs',
	},
	{
		id: 'rag-engine',
		name: 'RAG Engine on Gemini Enterprise Agent Platform',
		summary:
			'Managed retrieval-augmented generation: ingests and chunks your documents, embeds and indexes them, and retrieves context for Gemini at query time.',
		formerNames: [{ name: 'Vertex AI RAG Engine', until: 2026 }],
		aliases: ['RAG Engine', 'RAG', 'retrieval augmented generation', 'LlamaIndex on Vertex AI'],
		category: 'generative-ai',
		docs: `${AP}/build/rag-engine/rag-overview`,
	},
	{
		id: 'vector-search',
		name: 'Vector Search on Gemini Enterprise Agent Platform',
		summary:
			'Approximate nearest neighbor index, built on ScaNN, for fast similarity search over embeddings at large scale in semantic search, recommendations and RAG.',
		formerNames: [
			{ name: 'Vertex AI Vector Search', until: 2026 },
			{ name: 'Vertex AI Matching Engine', until: 2023 },
		],
		aliases: [
			'Vector Search',
			'Agent Retrieval',
			'Vector Search 2.0',
			'Matching Engine',
			'ANN',
			'approximate nearest neighbor',
			'ScaNN',
		],
		category: 'generative-ai',
		docs: `${AP}/build/vector-search/overview`,
	},
	{
		id: 'embeddings',
		name: 'Embeddings APIs',
		summary:
			'APIs that turn text, images or video into embedding vectors for semantic search, clustering, classification and retrieval.',
		formerNames: [{ name: 'Vertex AI embeddings', until: 2026 }],
		aliases: ['text embeddings', 'multimodal embeddings', 'gemini-embedding'],
		category: 'generative-ai',
		docs: `${AP}/models/embeddings`,
	},
	{
		id: 'grounding',
		name: 'Grounding',
		summary:
			'Connects Gemini answers to Google Search or to your own data so that responses cite sources and hallucinate less.',
		aliases: [
			'grounding with Google Search',
			'grounding with your data',
			'Grounding with Google Search in Agent Platform',
			'Grounding with Agent Search',
		],
		category: 'generative-ai',
		docs: `${AP}/models/grounding/overview`,
	},
	{
		id: 'gen-ai-evaluation',
		name: 'Gen AI evaluation service',
		summary:
			'Scores generative model and agent outputs with computed metrics and LLM-as-a-judge rubrics, pointwise or pairwise, to compare prompts, models and tuned versions.',
		aliases: [
			'Gen AI evals',
			'Gen AI evaluation service on Vertex AI',
			'LLM-as-a-judge',
			'autorater',
			'pointwise evaluation',
			'pairwise evaluation',
		],
		category: 'generative-ai',
		docs: `${AP}/models/evaluation-overview`,
	},
	{
		id: 'model-armor',
		name: 'Model Armor',
		summary:
			'Screens prompts and responses for prompt injection, jailbreaks, sensitive data and harmful content, whichever model you call.',
		aliases: ['prompt injection', 'jailbreak', 'safety filters'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/model-armor/overview',
	},
	// Pre-trained and industry APIs
	{
		id: 'vision-api',
		name: 'Cloud Vision API',
		summary:
			'Pre-trained image analysis by API call (labels, objects, text, faces, landmarks, SafeSearch) that needs no training data.',
		aliases: ['Vision AI', 'OCR', 'label detection', 'SafeSearch'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/vision/docs',
	},
	{
		id: 'video-intelligence-api',
		name: 'Video Intelligence API',
		summary:
			'Pre-trained video analysis (labels, shot changes, objects, text, explicit content); deprecated, with Gemini or the Vision API suggested instead.',
		aliases: ['shot change detection', 'video annotation'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/video-intelligence/docs',
		status: {
			state: 'deprecated',
			date: '2026-09-14',
			shutdown: '2027-09-14',
			replacement: 'Gemini models on Agent Platform, or the Cloud Vision API',
			source: 'https://docs.cloud.google.com/video-intelligence/docs/deprecations',
		},
	},
	{
		id: 'natural-language-api',
		name: 'Cloud Natural Language API',
		summary:
			"Pre-trained text analysis: entities, sentiment, syntax and classification into Google's own content categories, with no training data.",
		aliases: ['NLP', 'sentiment analysis', 'entity extraction', 'content classification'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/natural-language/docs',
	},
	{
		id: 'translation-api',
		name: 'Cloud Translation API',
		summary:
			'Translates text and documents with pre-trained models; glossaries and adaptive or custom translation keep domain terms right.',
		aliases: ['Translation AI', 'Translation LLM', 'glossary', 'adaptive translation'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/translate/docs',
	},
	{
		id: 'speech-to-text',
		name: 'Speech-to-Text',
		summary:
			'Transcribes audio to text in batch or streaming with pre-trained models such as Chirp, with model adaptation for domain vocabulary.',
		aliases: ['STT', 'speech recognition', 'Chirp'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/speech-to-text/docs',
	},
	{
		id: 'text-to-speech',
		name: 'Text-to-Speech',
		summary: 'Synthesizes natural-sounding speech from text in many voices and languages.',
		aliases: ['TTS', 'speech synthesis', 'WaveNet'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/text-to-speech/docs',
	},
	{
		id: 'document-ai',
		name: 'Document AI',
		summary:
			'Extracts structured data from documents such as forms, invoices and IDs with OCR, pre-trained processors and custom extractors.',
		aliases: ['DocAI', 'form parser', 'custom extractor', 'OCR processor'],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/document-ai/docs/overview',
	},
	{
		id: 'retail-api',
		name: 'AI Commerce Search on Gemini Enterprise for Customer Experience',
		summary:
			"Google's managed product search and recommendations for retail catalogs; the answer when a retailer wants recommendations without building a model.",
		formerNames: [
			{ name: 'Vertex AI Search for commerce', until: 2026 },
			{ name: 'Vertex AI Search for retail', until: 2025 },
			{ name: 'Retail API', until: 2024 },
		],
		aliases: [
			'AI Commerce Search',
			'Agent Search for Commerce',
			'Retail API',
			'Recommendations AI',
			'retail search',
			'product recommendations',
		],
		category: 'ml-api',
		docs: 'https://docs.cloud.google.com/retail/docs/overview',
	},
	// Data
	{
		id: 'bigquery',
		name: 'BigQuery',
		summary:
			'Serverless data warehouse where most exam training data lives: SQL analysis and feature preparation, BigQuery DataFrames, and a source for AutoML and Feature Store.',
		aliases: ['BQ', 'data warehouse', 'BigQuery DataFrames', 'bigframes'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/bigquery/docs/introduction',
	},
	{
		id: 'bigquery-ml',
		name: 'BigQuery ML',
		summary:
			'Trains, evaluates and serves models with SQL inside BigQuery (linear, boosted trees, ARIMA_PLUS, matrix factorization, remote Gemini models) without moving data.',
		aliases: ['BQML', 'CREATE MODEL', 'ML.PREDICT', 'ML.EVALUATE', 'ML.FORECAST', 'AI.FORECAST'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/bigquery/docs/bqml-introduction',
	},
	{
		id: 'cloud-storage',
		name: 'Cloud Storage',
		summary:
			'Object storage for training files, images, model artifacts and pipeline outputs; the usual staging area between services.',
		aliases: ['GCS', 'buckets', 'object storage'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/storage/docs/introduction',
	},
	{
		id: 'dataflow',
		name: 'Dataflow',
		summary:
			'Managed Apache Beam for batch and streaming data processing: scalable preprocessing, streaming feature computation and batch inference pipelines.',
		aliases: ['Apache Beam runner', 'streaming pipeline', 'batch pipeline'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/dataflow/docs/overview',
	},
	{
		id: 'dataproc',
		name: 'Managed Service for Apache Spark',
		summary:
			'Managed Spark and Hadoop, on clusters or serverless, for teams that move existing Spark or Hadoop jobs to Google Cloud with few changes.',
		formerNames: [
			{ name: 'Dataproc', until: 2026 },
			{ name: 'Google Cloud Serverless for Apache Spark', until: 2026 },
			{ name: 'Dataproc Serverless', until: 2025 },
		],
		aliases: [
			'Dataproc',
			'Dataproc on Compute Engine',
			'Dataproc Serverless',
			'Serverless for Apache Spark',
			'managed Spark',
			'managed Hadoop',
		],
		category: 'data',
		docs: 'https://docs.cloud.google.com/managed-spark/docs/overview/key-concepts',
	},
	{
		id: 'pubsub',
		name: 'Pub/Sub',
		summary:
			'Asynchronous messaging that streams events into Dataflow, triggers pipelines and decouples data producers from ML consumers.',
		aliases: ['Cloud Pub/Sub', 'messaging', 'event ingestion'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/pubsub/docs/overview',
	},
	{
		id: 'spanner',
		name: 'Spanner',
		summary:
			'Globally distributed relational database with strong consistency; appears as a transactional source of training data.',
		formerNames: [{ name: 'Cloud Spanner', until: 2023 }],
		aliases: ['Cloud Spanner'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/spanner/docs',
	},
	{
		id: 'cloud-sql',
		name: 'Cloud SQL',
		summary:
			'Managed MySQL, PostgreSQL and SQL Server; an operational data source to export or federate into BigQuery for training.',
		aliases: ['MySQL', 'PostgreSQL', 'SQL Server'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/sql/docs',
	},
	{
		id: 'dataplex',
		name: 'Knowledge Catalog',
		summary:
			'Data governance and catalog across BigQuery, Cloud Storage and other sources: discovery, metadata, data quality and lineage.',
		formerNames: [
			{ name: 'Dataplex Universal Catalog', until: 2026 },
			{ name: 'Dataplex', until: 2025 },
		],
		aliases: ['Dataplex', 'Dataplex Universal Catalog', 'Data Catalog', 'data lineage', 'data governance'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/dataplex/docs/introduction',
	},
	{
		id: 'data-catalog',
		name: 'Data Catalog',
		summary:
			'Former metadata catalog for discovering and tagging data assets; shut down, with Knowledge Catalog as its replacement.',
		aliases: ['Google Cloud Data Catalog'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/knowledge-catalog/docs/map-data-catalog-apis',
		status: {
			state: 'shut-down',
			date: '2026-06-01',
			replacement: 'Knowledge Catalog',
			source: 'https://docs.cloud.google.com/dataplex/docs/deprecations',
		},
	},
	// Compute
	{
		id: 'gke',
		name: 'Google Kubernetes Engine',
		summary:
			'Managed Kubernetes for teams that need full control of training and serving containers, GPUs and TPUs, at the cost of running the cluster.',
		aliases: ['GKE', 'Kubernetes', 'Kubeflow on GKE'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/kubernetes-engine/docs/concepts/kubernetes-engine-overview',
	},
	{
		id: 'cloud-run',
		name: 'Cloud Run',
		summary:
			'Serverless containers that scale to zero, with optional GPUs; fits lightweight model serving, preprocessing services and event-driven jobs.',
		formerNames: [],
		aliases: ['serverless containers', 'Cloud Run services', 'Cloud Run jobs'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/run/docs/overview/what-is-cloud-run',
	},
	{
		id: 'cloud-run-functions',
		name: 'Cloud Run functions',
		summary:
			'Event-driven functions for small pieces of code, such as starting a pipeline when a file lands in Cloud Storage.',
		formerNames: [{ name: 'Cloud Functions', until: 2024 }],
		aliases: ['Cloud Functions', 'Cloud Functions (2nd gen)', 'Cloud Run functions (1st gen)', 'GCF'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/run/docs/functions/comparison',
	},
	{
		id: 'compute-engine',
		name: 'Compute Engine',
		summary:
			'Virtual machines, including Deep Learning VM images, for self-managed training or serving when no managed service fits.',
		aliases: ['GCE', 'VM', 'Deep Learning VM'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/compute/docs/overview',
	},
	{
		id: 'cloud-tpu',
		name: 'Cloud TPU',
		summary:
			"Google's ML accelerators for large-scale training and serving of matrix-heavy models, especially with JAX, TensorFlow or PyTorch/XLA.",
		aliases: ['TPU', 'tensor processing unit', 'TPU Pod'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/tpu/docs/intro-to-tpu',
	},
	{
		id: 'cloud-gpus',
		name: 'Cloud GPUs',
		summary:
			'NVIDIA GPUs attached to VMs, training jobs, GKE nodes or endpoints; the general-purpose accelerator for deep learning.',
		aliases: ['GPU', 'NVIDIA', 'A100', 'H100', 'L4', 'T4'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/compute/docs/gpus',
	},
	// DevOps and orchestration
	{
		id: 'cloud-build',
		name: 'Cloud Build',
		summary:
			'Serverless CI/CD that builds containers, runs tests and triggers deployments or pipeline runs when source code changes.',
		aliases: ['CI/CD', 'build triggers'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/build/docs/overview',
	},
	{
		id: 'artifact-registry',
		name: 'Artifact Registry',
		summary:
			'Stores and versions container images and language packages for training, serving and pipeline components.',
		aliases: ['gcr.io repositories', 'Docker images', 'container images'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/artifact-registry/docs/overview',
	},
	{
		id: 'container-registry',
		name: 'Container Registry',
		summary:
			'Former container image registry behind gcr.io; shut down, with Artifact Registry and its gcr.io repositories as the replacement.',
		aliases: ['GCR', 'gcr.io'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/artifact-registry/docs/transition/gcr-repositories',
		status: {
			state: 'shut-down',
			date: '2025-03-18',
			replacement: 'Artifact Registry, whose gcr.io repositories serve the old URLs',
			source: 'https://docs.cloud.google.com/artifact-registry/docs/transition/gcr-repositories',
		},
	},
	{
		id: 'cloud-source-repositories',
		name: 'Cloud Source Repositories',
		summary:
			'Google-hosted private Git repositories; closed to new customers, so new projects use Secure Source Manager or another Git host.',
		aliases: ['CSR', 'source repositories'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/source-repositories/docs',
		status: {
			state: 'end-of-sale',
			date: '2024-06-17',
			replacement: 'Secure Source Manager',
			source: 'https://docs.cloud.google.com/source-repositories/docs',
		},
	},
	{
		id: 'secure-source-manager',
		name: 'Secure Source Manager',
		summary:
			'Regional, single-tenant managed Git repositories on Google Cloud that integrate with Cloud Build and Cloud Deploy.',
		aliases: ['Git repositories', 'source control'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/secure-source-manager/docs/overview',
	},
	{
		id: 'managed-airflow',
		name: 'Managed Service for Apache Airflow',
		summary:
			'Managed Apache Airflow for scheduling and orchestrating data and ML workflows across many services as DAGs, beyond what one ML pipeline covers.',
		formerNames: [{ name: 'Cloud Composer', until: 2026 }],
		aliases: ['Cloud Composer', 'Composer', 'Airflow', 'DAG'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/composer/docs/composer-3/composer-overview',
	},
	{
		id: 'cloud-scheduler',
		name: 'Cloud Scheduler',
		summary:
			'Managed cron that triggers pipelines, jobs or HTTP endpoints on a fixed schedule, such as nightly retraining.',
		aliases: ['cron'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/scheduler/docs/overview',
	},
	{
		id: 'cloud-monitoring',
		name: 'Cloud Monitoring',
		summary:
			'Metrics, dashboards and alerting for services and models, such as endpoint latency, error rates and custom metrics.',
		formerNames: [{ name: 'Stackdriver Monitoring', until: 2020 }],
		aliases: ['Stackdriver', 'alerting'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/monitoring/docs/monitoring-overview',
	},
	{
		id: 'cloud-logging',
		name: 'Cloud Logging',
		summary: 'Collects logs from jobs, endpoints and services for troubleshooting, auditing and log-based metrics.',
		formerNames: [{ name: 'Stackdriver Logging', until: 2020 }],
		aliases: ['logs', 'request-response logging'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/logging/docs/overview',
	},
	// Security
	{
		id: 'sensitive-data-protection',
		name: 'Sensitive Data Protection',
		summary:
			'Finds, classifies and de-identifies sensitive data such as PII, by masking, tokenization or format-preserving encryption, before it reaches training.',
		formerNames: [{ name: 'Cloud Data Loss Prevention (Cloud DLP)', until: 2023 }],
		aliases: ['Cloud DLP', 'DLP API', 'de-identification', 'PII'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/sensitive-data-protection/docs/sensitive-data-protection-overview',
	},
	{
		id: 'iam',
		name: 'Identity and Access Management',
		summary:
			'Controls who can do what on which resource through roles and service accounts; least privilege is the recurring exam answer.',
		aliases: ['IAM', 'service accounts', 'roles'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/iam/docs/overview',
	},
	{
		id: 'vpc-service-controls',
		name: 'VPC Service Controls',
		summary:
			'Draws a service perimeter around Google Cloud APIs and data, such as BigQuery and Agent Platform, to prevent data exfiltration.',
		aliases: ['VPC-SC', 'service perimeter', 'data exfiltration'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/vpc-service-controls/docs/overview',
	},
	{
		id: 'cloud-kms',
		name: 'Cloud Key Management Service',
		summary:
			'Manages encryption keys, including customer-managed encryption keys (CMEK) for datasets, models and endpoints.',
		aliases: ['Cloud KMS', 'CMEK', 'customer-managed encryption keys'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/kms/docs/key-management-service',
	},
	{
		id: 'private-service-connect',
		name: 'Private Service Connect',
		summary:
			'Private connectivity from your VPC to Google services and endpoints without crossing the public internet.',
		aliases: ['PSC', 'private endpoints', 'VPC peering'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/vpc/docs/private-service-connect',
	},
	{
		id: 'secret-manager',
		name: 'Secret Manager',
		summary:
			'Stores API keys, passwords and other credentials so that notebooks, pipelines and services read them at run time instead of hard-coding them.',
		aliases: ['secrets', 'API keys', 'credentials'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/secret-manager/docs/overview',
	},
	{
		id: 'healthcare-api',
		name: 'Cloud Healthcare API',
		summary: 'Stores and exchanges healthcare data (FHIR, DICOM, HL7v2) and de-identifies it before analytics or ML.',
		aliases: ['FHIR', 'DICOM', 'HL7v2', 'PHI de-identification'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/healthcare-api/docs/concepts/de-identification',
	},
	// Open source
	{
		id: 'tensorflow',
		name: 'TensorFlow',
		summary:
			'Open-source deep learning framework, with Keras, that Agent Platform training, serving and TPUs support directly.',
		aliases: ['TF', 'Keras'],
		category: 'open-source',
		docs: 'https://www.tensorflow.org/guide',
	},
	{
		id: 'tfx',
		name: 'TensorFlow Extended',
		summary:
			"TensorFlow's production ML toolkit: data validation (TFDV), transformation (TFT), model analysis (TFMA) and pipeline components.",
		aliases: ['TFX', 'TensorFlow Data Validation', 'TFDV', 'TensorFlow Transform', 'TFT', 'TFMA'],
		category: 'open-source',
		docs: 'https://www.tensorflow.org/tfx/guide',
	},
	{
		id: 'pytorch',
		name: 'PyTorch',
		summary:
			'Open-source deep learning framework with prebuilt training and serving containers on Agent Platform, and support on GKE and TPUs.',
		aliases: ['torch', 'TorchServe'],
		category: 'open-source',
		docs: 'https://pytorch.org/docs/stable/index.html',
	},
	{
		id: 'xgboost',
		name: 'XGBoost',
		summary:
			'Open-source gradient-boosted trees library, a strong baseline for tabular data, with prebuilt training and serving containers.',
		aliases: ['gradient boosting'],
		category: 'open-source',
		docs: 'https://xgboost.readthedocs.io/',
	},
	{
		id: 'scikit-learn',
		name: 'scikit-learn',
		summary:
			'Open-source Python library for classical ML (regression, trees, clustering, preprocessing) with prebuilt training and serving containers.',
		aliases: ['sklearn'],
		category: 'open-source',
		docs: 'https://scikit-learn.org/stable/user_guide.html',
	},
	{
		id: 'jax',
		name: 'JAX',
		summary:
			'Open-source numerical computing and deep learning library from Google, built for accelerators and large-scale training on TPUs.',
		aliases: ['Flax'],
		category: 'open-source',
		docs: 'https://docs.jax.dev/',
	},
	{
		id: 'kubeflow-pipelines',
		name: 'Kubeflow Pipelines',
		summary:
			'Open-source SDK for defining ML pipelines as containerized components; Agent Platform Pipelines runs what it compiles.',
		aliases: ['KFP', 'Kubeflow DSL', 'Kubeflow'],
		category: 'open-source',
		docs: 'https://www.kubeflow.org/docs/components/pipelines/overview/',
	},
	{
		id: 'mlflow',
		name: 'MLflow',
		summary:
			'Open-source experiment tracking, model packaging and registry; appears when a team brings its existing MLOps tooling.',
		aliases: ['MLFlow'],
		category: 'open-source',
		docs: 'https://mlflow.org/docs/latest/',
	},
	{
		id: 'apache-spark',
		name: 'Apache Spark',
		summary:
			'Open-source distributed data processing engine (Spark SQL, MLlib) that Google Cloud runs as Managed Service for Apache Spark.',
		aliases: ['Spark', 'PySpark', 'Spark MLlib'],
		category: 'open-source',
		docs: 'https://spark.apache.org/docs/latest/',
	},
	{
		id: 'apache-hadoop',
		name: 'Apache Hadoop',
		summary:
			'Open-source distributed storage (HDFS) and batch processing; scenarios migrate Hadoop jobs and data to Google Cloud.',
		aliases: ['Hadoop', 'HDFS'],
		category: 'open-source',
		docs: 'https://hadoop.apache.org/docs/stable/',
	},
	{
		id: 'apache-beam',
		name: 'Apache Beam',
		summary:
			'Open-source programming model for batch and streaming pipelines; Dataflow runs Beam, and TFX uses it for scalable preprocessing.',
		aliases: ['Beam'],
		category: 'open-source',
		docs: 'https://beam.apache.org/documentation/',
	},
	{
		id: 'horovod',
		name: 'Horovod',
		summary:
			'Open-source framework for distributed data-parallel training with ring all-reduce across GPUs, for TensorFlow and PyTorch.',
		aliases: ['ring all-reduce'],
		category: 'open-source',
		docs: 'https://horovod.readthedocs.io/',
	},
	{
		id: 'ray',
		name: 'Ray',
		summary:
			'Open-source framework for scaling Python and ML workloads across a cluster, with libraries for data, training, tuning and serving.',
		aliases: ['Ray Train', 'Ray Serve'],
		category: 'open-source',
		docs: 'https://docs.ray.io/',
	},
	{
		id: 'jenkins',
		name: 'Jenkins',
		summary:
			'Open-source CI server; scenarios keep an existing Jenkins setup and connect it to builds and deployments on Google Cloud.',
		aliases: ['CI server'],
		category: 'open-source',
		docs: 'https://www.jenkins.io/doc/',
	},
	// Added with the Section 3–6 study pages (November 2026), each checked against its docs page.
	{
		id: 'reduction-server',
		name: 'Reduction Server',
		summary:
			'All-reduce algorithm for distributed GPU training on Agent Platform that adds dedicated reducer nodes to raise throughput.',
		formerNames: [{ name: 'Reduction Server on Vertex AI', until: 2026 }],
		aliases: ['Vertex AI Reduction Server', 'reductionserver', 'all-reduce server', 'reducer replicas'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/training/distributed-training`,
	},
	{
		id: 'dynamic-workload-scheduler',
		name: 'Dynamic Workload Scheduler',
		summary:
			'Obtains scarce GPUs and TPUs for jobs that can wait to start (flex-start), at a lower price than on-demand capacity.',
		aliases: ['DWS', 'flex-start', 'Flex-start VMs', 'FLEX_START'],
		category: 'compute',
		docs: `${AP}/machine-learning/training/schedule-jobs-dws`,
	},
	{
		id: 'spot-vms',
		name: 'Spot VMs',
		summary:
			'Deeply discounted VMs that Google can preempt at any time; cheap capacity for fault-tolerant training that saves checkpoints.',
		aliases: ['Spot', 'SPOT scheduling strategy', 'preemptible VMs', 'Spot training'],
		category: 'compute',
		docs: 'https://docs.cloud.google.com/compute/docs/instances/spot',
	},
	{
		id: 'litert',
		name: 'LiteRT',
		summary:
			"Google's on-device inference runtime for running compact, often quantized models on mobile and edge devices.",
		formerNames: [{ name: 'TensorFlow Lite', until: 2024 }],
		aliases: ['TFLite', 'TF Lite', '.tflite', 'on-device inference', 'edge inference'],
		category: 'open-source',
		docs: 'https://ai.google.dev/edge/litert',
	},
	{
		id: 'edge-tpu',
		name: 'Edge TPU (Coral)',
		summary:
			'Small accelerator chip for fast, low-power inference on edge devices; models are quantized and compiled with the Edge TPU Compiler.',
		aliases: ['Coral', 'Edge TPU Compiler', 'edgetpu_compiler'],
		category: 'compute',
		docs: 'https://coral.ai/docs/edgetpu/compiler',
	},
	{
		id: 'nccl',
		name: 'NVIDIA Collective Communications Library',
		summary:
			"NVIDIA's library of fast collective operations such as all-reduce between GPUs; the communication layer of multi-GPU training.",
		aliases: ['NCCL', 'NCCL all-reduce'],
		category: 'open-source',
		docs: 'https://developer.nvidia.com/nccl',
	},
	{
		id: 'storage-transfer-service',
		name: 'Storage Transfer Service',
		summary:
			'Moves large datasets into Cloud Storage from other clouds, on-premises file systems or HDFS, once or on a schedule.',
		aliases: ['STS', 'transfer agents', 'HDFS transfer', 'Storage Transfer'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/storage-transfer/docs/overview',
	},
	{
		id: 'filestore',
		name: 'Filestore',
		summary:
			'Managed NFS file shares for training jobs and tools that need a POSIX file system shared by several workers.',
		aliases: ['NFS', 'managed NFS', 'Cloud Filestore'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/filestore/docs/overview',
	},
	{
		id: 'kubeflow-trainer',
		name: 'Kubeflow Trainer',
		summary: 'Kubernetes operator for running distributed PyTorch, TensorFlow, JAX or MPI training jobs on GKE.',
		aliases: ['Kubeflow Training Operator', 'TrainJob', 'PyTorchJob', 'TFJob', 'MPIJob', 'Kubeflow on GKE'],
		category: 'open-source',
		docs: 'https://www.kubeflow.org/docs/components/trainer/',
	},
	{
		id: 'vllm',
		name: 'vLLM',
		summary:
			'Open-source LLM serving engine with PagedAttention and continuous batching, for high-throughput serving of open models on GPUs or TPUs.',
		aliases: ['vLLM TPU', 'PagedAttention', 'continuous batching'],
		category: 'open-source',
		docs: 'https://docs.vllm.ai/',
	},
	{
		id: 'bigtable',
		name: 'Bigtable',
		summary:
			'Low-latency, high-throughput wide-column NoSQL database for online feature serving and real-time lookups at scale.',
		aliases: ['Cloud Bigtable', 'Bigtable online serving', 'Bigtable online store'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/bigtable/docs/overview',
	},
	{
		id: 'provisioned-throughput',
		name: 'Provisioned Throughput',
		summary:
			'Reserved capacity for generative models, bought in generative AI scale units, for predictable throughput and cost instead of pay-as-you-go.',
		aliases: ['GSU', 'generative AI scale unit', 'Standard PayGo', 'Priority PayGo', 'Flex PayGo', 'pay-as-you-go'],
		category: 'generative-ai',
		docs: `${AP}/models/provisioned-throughput`,
	},
	{
		id: 'google-cloud-pipeline-components',
		name: 'Google Cloud Pipeline Components',
		summary:
			'Prebuilt Kubeflow Pipelines components that call Agent Platform services such as training, AutoML, batch inference and evaluation.',
		aliases: ['GCPC', 'google_cloud_pipeline_components', 'prebuilt pipeline components', 'CustomTrainingJobOp'],
		category: 'ai-platform',
		docs: `${AP}/machine-learning/pipelines/gcpc-list`,
	},
	{
		id: 'workflows',
		name: 'Workflows',
		summary:
			'Serverless orchestration of HTTP calls and Google Cloud API steps, for lightweight glue between services.',
		aliases: ['Cloud Workflows', 'service orchestration'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/workflows/docs/overview',
	},
	{
		id: 'eventarc',
		name: 'Eventarc',
		summary:
			'Routes events from Google Cloud services, such as a new object in Cloud Storage, to Cloud Run or Workflows for event-driven pipelines.',
		aliases: ['event triggers', 'CloudEvents'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/eventarc/docs',
	},
	{
		id: 'bigquery-omni',
		name: 'BigQuery Omni',
		summary: 'Runs BigQuery analytics on data stored in AWS or Azure without moving it to Google Cloud.',
		aliases: ['Omni', 'cross-cloud analytics', 'BigLake tables on Amazon S3', 'BigLake tables on Azure Blob Storage'],
		category: 'data',
		docs: 'https://docs.cloud.google.com/bigquery/docs/omni-introduction',
	},
	{
		id: 'cloud-trace',
		name: 'Cloud Trace',
		summary:
			'Distributed tracing that shows where the latency of a request is spent across services, including model-serving calls.',
		formerNames: [{ name: 'Stackdriver Trace', until: 2020 }],
		aliases: ['Trace', 'distributed tracing', 'OpenTelemetry traces'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/trace/docs/overview',
	},
	{
		id: 'cloud-deploy',
		name: 'Cloud Deploy',
		summary:
			'Managed continuous delivery that promotes releases through targets such as staging and production, with approvals and rollbacks.',
		aliases: ['Google Cloud Deploy', 'delivery pipeline', 'release promotion', 'requireApproval', 'custom targets'],
		category: 'devops',
		docs: 'https://docs.cloud.google.com/deploy/docs/overview',
	},
	{
		id: 'artifact-analysis',
		name: 'Artifact Analysis',
		summary: 'Scans container images and packages in Artifact Registry for known vulnerabilities.',
		aliases: ['Container Analysis', 'vulnerability scanning', 'Container Scanning API', 'on-push scanning'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/artifact-analysis/docs/get-started-scanning',
	},
	{
		id: 'workload-identity-federation',
		name: 'Workload Identity Federation',
		summary:
			'Lets workloads outside Google Cloud, such as GitHub Actions or another cloud, call Google Cloud APIs without service account keys.',
		aliases: ['WIF', 'workload identity pool', 'OIDC federation', 'keyless authentication'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines',
	},
	{
		id: 'github-actions',
		name: 'GitHub Actions',
		summary:
			"GitHub's CI/CD service; scenarios use it to test and deploy ML code to Google Cloud through Workload Identity Federation.",
		aliases: ['GitHub workflows', 'google-github-actions/auth', 'external CI'],
		category: 'devops',
		docs: 'https://docs.github.com/en/actions',
	},
	{
		id: 'cloud-audit-logs',
		name: 'Cloud Audit Logs',
		summary:
			'Records who did what, and when, on Google Cloud resources (admin activity and data access) for compliance and investigations.',
		aliases: [
			'audit logs',
			'Admin Activity audit logs',
			'Data Access audit logs',
			'System Event audit logs',
			'Policy Denied audit logs',
		],
		category: 'security',
		docs: 'https://docs.cloud.google.com/logging/docs/audit',
	},
	{
		id: 'security-command-center',
		name: 'Security Command Center',
		summary:
			'Central view of security findings and risks across Google Cloud, including AI Protection for AI workloads.',
		aliases: ['SCC', 'AI Protection', 'security findings'],
		category: 'security',
		docs: 'https://docs.cloud.google.com/security-command-center/docs/security-command-center-overview',
	},
	{
		id: 'what-if-tool',
		name: 'What-If Tool',
		summary:
			'Open-source visual tool for probing a model: edit examples, explore counterfactuals and compare performance across slices.',
		aliases: ['WIT', 'PAIR What-If Tool', 'counterfactual exploration'],
		category: 'open-source',
		docs: 'https://pair-code.github.io/what-if-tool/',
	},
	{
		id: 'fairness-indicators',
		name: 'Fairness Indicators',
		summary:
			'Open-source library, built on TFMA, that computes metrics per slice of data to reveal performance gaps between groups.',
		aliases: ['TensorFlow Model Analysis', 'TFMA', 'fairness metrics'],
		category: 'open-source',
		docs: 'https://tensorflow.github.io/fairness-indicators',
	},
] satisfies z.input<typeof productSchema>[];

/** The product registry, validated (duplicate IDs are rejected). */
export const products: readonly Product[] = z
	.array(productSchema)
	.superRefine((list, ctx) => {
		const seen = new Set<string>();
		for (const [index, product] of list.entries()) {
			if (seen.has(product.id)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'id'],
					message: `Duplicate product ID "${product.id}" in src/data/products.ts: each product needs a unique ID.`,
				});
			}
			seen.add(product.id);
		}
	})
	.parse(data);
